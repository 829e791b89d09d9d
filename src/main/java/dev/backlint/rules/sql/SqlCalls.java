package dev.backlint.rules.sql;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.backlint.api.RuleContext;
import dev.backlint.api.ScannedType;
import dev.backlint.matchers.Receivers;
import dev.backlint.models.SqlSinks;
import dev.backlint.resolve.DeclaredTypes;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the SQL rules share: whether a call runs SQL text, and which argument holds it. */
final class SqlCalls {

    /** Calls that return text whatever their receiver, so need no resolution. */
    private static final Set<String> TEXT_METHODS = Set.of("toString", "format", "formatted", "join", "concat",
            "trim", "strip", "replace", "replaceAll", "substring", "toUpperCase", "toLowerCase");

    private SqlCalls() {
    }

    /** The call's SQL text argument when it is a SQL sink taking text; costly checks last. */
    static Optional<Expression> sqlArgument(MethodCallExpr call, RuleContext context) {
        if (!SqlSinks.METHOD_NAMES.contains(call.getNameAsString()) || call.getArguments().isEmpty()
                || call.getScope().isEmpty()) {
            return Optional.empty();
        }
        Expression sql = call.getArgument(0);
        List<String> types = SqlSinks.typesWithMethod(call.getNameAsString());
        if (!Receivers.isOneOf(call.getScope().get(), types, context)) {
            return Optional.empty();
        }
        // JDBC's methods take text in every overload: no need to ask what the argument is
        List<String> alwaysText = types.stream().filter(SqlSinks.ALWAYS_TEXT::contains).toList();
        boolean text = !alwaysText.isEmpty() && Receivers.isOneOf(call.getScope().get(), alwaysText, context)
                || isText(sql, context);
        return text ? Optional.of(sql) : Optional.empty();
    }

    /** Whether the argument is a {@code String}: by its shape or declaration, else resolved. */
    static boolean isText(Expression argument, RuleContext context) {
        if (argument.isStringLiteralExpr() || argument.isTextBlockLiteralExpr() || argument.isBinaryExpr()) {
            return true;
        }
        if (argument.isLambdaExpr() || argument.isMethodReferenceExpr()) {
            return false;
        }
        if (argument.isObjectCreationExpr()) {
            return isString(argument.asObjectCreationExpr().getType());
        }
        Optional<Type> declared = DeclaredTypes.of(argument);
        if (declared.isPresent()) {
            return isString(declared.get());
        }
        if (argument instanceof MethodCallExpr call) {
            if (TEXT_METHODS.contains(call.getNameAsString())) {
                return true;
            }
            Optional<Type> returned = DeclaredTypes.returnTypeOf(call);
            if (returned.isPresent()) {
                return isString(returned.get());
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

    private static boolean isString(Type type) {
        return type.asString().equals("String") || type.asString().equals("java.lang.String");
    }
}
