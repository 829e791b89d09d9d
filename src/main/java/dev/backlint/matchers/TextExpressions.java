package dev.backlint.matchers;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.backlint.api.RuleContext;
import dev.backlint.api.ScannedType;
import dev.backlint.api.TextTypes;
import dev.backlint.resolve.DeclaredTypes;
import java.util.Optional;
import java.util.Set;

/** Whether an expression is a {@code String}: by its shape or declaration first, else resolved. */
public final class TextExpressions {

    /** Calls that return text whatever their receiver, so need no resolution. */
    private static final Set<String> TEXT_METHODS = Set.of("toString", "format", "formatted", "join", "concat",
            "trim", "strip", "replace", "replaceAll", "substring", "toUpperCase", "toLowerCase");

    private TextExpressions() {
    }

    public static boolean isText(Expression argument, RuleContext context) {
        if (argument.isStringLiteralExpr() || argument.isTextBlockLiteralExpr() || argument.isBinaryExpr()) {
            return true;
        }
        if (argument.isLambdaExpr() || argument.isMethodReferenceExpr()) {
            return false;
        }
        if (argument.isObjectCreationExpr()) {
            return TextTypes.isString(argument.asObjectCreationExpr().getType());
        }
        Optional<Type> declared = DeclaredTypes.of(argument);
        if (declared.isPresent()) {
            return TextTypes.isString(declared.get());
        }
        if (argument instanceof MethodCallExpr call) {
            if (TEXT_METHODS.contains(call.getNameAsString())) {
                return true;
            }
            Optional<Type> returned = DeclaredTypes.returnTypeOf(call);
            if (returned.isPresent()) {
                return TextTypes.isString(returned.get());
            }
            Optional<ScannedType> owner = call.getScope().flatMap(DeclaredTypes::writtenTypeOf)
                    .flatMap(written -> context.project().type(written, call));
            if (owner.isPresent() && owner.get().stringMethods()
                    .contains(call.getNameAsString() + "/" + call.getArguments().size())) {
                return true;
            }
        }
        Optional<ResolvedType> type = context.resolver().typeOf(argument);
        return type.isPresent() && type.get().isReferenceType()
                && type.get().asReferenceType().getQualifiedName().equals("java.lang.String");
    }
}
