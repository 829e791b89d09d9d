package dev.backlint.matchers;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.backlint.resolve.Scopes;

/** Names in expressions that stand for classes rather than values: {@code Files}, {@code java.nio.file.Files}. */
public final class TypeNames {

    private TypeNames() {
    }

    /**
     * Whether the expression names a class: a capitalised simple name that no variable of
     * the file declares, or such a name qualified by a package.
     */
    public static boolean isTypeName(Expression expression) {
        if (expression instanceof NameExpr name) {
            String identifier = name.getNameAsString();
            return Character.isUpperCase(identifier.charAt(0)) && Scopes.of(name).isEmpty();
        }
        if (expression instanceof FieldAccessExpr access && Character.isUpperCase(access.getNameAsString().charAt(0))) {
            return isPackage(access.getScope());
        }
        return false;
    }

    private static boolean isPackage(Expression expression) {
        if (expression instanceof NameExpr name) {
            return Character.isLowerCase(name.getNameAsString().charAt(0)) && Scopes.of(name).isEmpty();
        }
        return expression instanceof FieldAccessExpr access && Character.isLowerCase(access.getNameAsString().charAt(0))
                && isPackage(access.getScope());
    }
}
