package dev.backlint.matchers;

import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.backlint.api.RuleContext;
import java.util.Collection;
import java.util.List;

/**
 * {@code new T(…)} of some classes: the class as written, read through the file's
 * imports; an anonymous subclass counts as the class.
 */
public final class ConstructorMatcher {

    private final TypeMatcher types;

    private ConstructorMatcher(Collection<String> types) {
        this.types = TypeMatcher.of(types);
    }

    public static ConstructorMatcher of(String... qualifiedNames) {
        return new ConstructorMatcher(List.of(qualifiedNames));
    }

    public static ConstructorMatcher of(Collection<String> qualifiedNames) {
        return new ConstructorMatcher(qualifiedNames);
    }

    public boolean matches(ObjectCreationExpr creation, RuleContext context) {
        return types.matchesWritten(creation.getType(), context);
    }
}
