package dev.backlint.matchers;

import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.backlint.api.RuleContext;
import java.util.Collection;
import java.util.List;

/**
 * Annotations of some types, read from the syntax alone: a qualified name is itself; a
 * simple name is what the file's single-type or wildcard imports, or its package, make it.
 * The solver is never asked: an annotation's name is always written where it is used.
 */
public final class AnnotationMatcher {

    private final TypeMatcher types;

    private AnnotationMatcher(Collection<String> types) {
        this.types = TypeMatcher.of(types);
    }

    public static AnnotationMatcher of(String... qualifiedNames) {
        return new AnnotationMatcher(List.of(qualifiedNames));
    }

    public static AnnotationMatcher of(Collection<String> qualifiedNames) {
        return new AnnotationMatcher(qualifiedNames);
    }

    public boolean matches(AnnotationExpr annotation, RuleContext context) {
        return types.matchesName(annotation.getNameAsString(), context);
    }
}
