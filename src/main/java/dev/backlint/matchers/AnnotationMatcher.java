package dev.backlint.matchers;

import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.backlint.api.RuleContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Annotations of some types: the simple name first, then a qualified name or a single-type
 * import, which decide without the solver. A name that only a wildcard import or the
 * file's package could supply is resolved; when that fails (the library's jar is not on
 * the classpath) the answer is no, since another package may have an annotation of that
 * name.
 */
public final class AnnotationMatcher {

    private final List<String> types;
    private final Set<String> simpleNames;

    private AnnotationMatcher(Collection<String> types) {
        this.types = List.copyOf(types);
        this.simpleNames = Set.copyOf(this.types.stream().map(t -> t.substring(t.lastIndexOf('.') + 1)).toList());
    }

    public static AnnotationMatcher of(String... qualifiedNames) {
        return new AnnotationMatcher(List.of(qualifiedNames));
    }

    public static AnnotationMatcher of(Collection<String> qualifiedNames) {
        return new AnnotationMatcher(qualifiedNames);
    }

    public boolean matches(AnnotationExpr annotation, RuleContext context) {
        String written = annotation.getNameAsString();
        if (!simpleNames.contains(written.substring(written.lastIndexOf('.') + 1))) {
            return false;
        }
        return context.resolver().annotationName(annotation).filter(types::contains).isPresent();
    }
}
