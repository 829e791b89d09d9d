package dev.backlint.rules.sql;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.matchers.Receivers;
import dev.backlint.models.SqlSinks;
import dev.backlint.resolve.DeclaredTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A SQL API receives query text that is not a compile-time constant: concatenated,
 * formatted, joined or built from values the code does not fix.
 */
@RuleInfo(
        id = "sql-concatenation",
        summary = "SQL text built from non-constant values is passed to a query API",
        level = Level.WARNING,
        tags = {"sql", "security"},
        cwe = 89,
        securitySeverity = 6.5,
        precision = Precision.HIGH)
public final class SqlConcatenation implements Rule {

    private static final int MAX_SHOWN = 40;
    /** Calls that return text whatever their receiver, so need no resolution. */
    private static final java.util.Set<String> TEXT_METHODS = java.util.Set.of("toString", "format", "formatted",
            "join", "concat", "trim", "strip", "replace", "replaceAll", "substring", "toUpperCase", "toLowerCase");

    @Override
    public void register(Checks checks) {
        checks.on(MethodCallExpr.class, SqlConcatenation::check);
    }

    private static void check(MethodCallExpr call, RuleContext context) {
        if (!SqlSinks.METHOD_NAMES.contains(call.getNameAsString()) || call.getArguments().isEmpty()
                || call.getScope().isEmpty()) {
            return;
        }
        Expression sql = call.getArgument(0);
        // cheapest first: constant folding, then the receiver's type, then the argument's
        if (context.constants().isConstant(sql)
                || !Receivers.isOneOf(call.getScope().get(), SqlSinks.typesWithMethod(call.getNameAsString()), context)
                || !isText(sql, context)) {
            return;
        }
        List<Expression> parts = new ArrayList<>();
        flatten(sql, parts);
        Optional<Expression> unsafe = parts.stream()
                .filter(part -> !context.constants().isConstant(part))
                .findFirst();
        String how = parts.size() == 1 && (sql.isNameExpr() || sql.isFieldAccessExpr() || sql.isArrayAccessExpr())
                ? "` comes from `" : "` is built from `";
        unsafe.ifPresent(part -> context.report(call, "SQL for `" + call.getNameAsString() + how
                + shown(culprit(part, context, 0)) + "`, which is not a constant; pass values as bind parameters "
                + "(`?` or `:name`) and pick identifiers from a fixed list"));
    }

    /** Whether the argument is a {@code String}: resolved, or by its shape when types are unknown. */
    private static boolean isText(Expression argument, RuleContext context) {
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
        }
        Optional<ResolvedType> type = context.resolver().typeOf(argument);
        return type.isPresent() && type.get().isReferenceType()
                && type.get().asReferenceType().getQualifiedName().equals("java.lang.String");
    }

    private static boolean isString(Type type) {
        return type.asString().equals("String") || type.asString().equals("java.lang.String");
    }

    /** The non-constant piece inside a formatting or building call, to name in the message. */
    private static Expression culprit(Expression part, RuleContext context, int depth) {
        if (depth > 8 || !(part instanceof MethodCallExpr call)) {
            return part;
        }
        List<Expression> pieces = new ArrayList<>(call.getArguments());
        call.getScope().ifPresent(scope -> pieces.add(0, scope));
        for (Expression piece : pieces) {
            if (!context.constants().isConstant(piece) && !piece.toString().equals("String")) {
                List<Expression> flat = new ArrayList<>();
                flatten(piece, flat);
                for (Expression leaf : flat) {
                    if (!context.constants().isConstant(leaf)) {
                        return culprit(leaf, context, depth + 1);
                    }
                }
            }
        }
        return part;
    }

    private static void flatten(Expression expression, List<Expression> parts) {
        Expression inner = expression;
        while (inner instanceof EnclosedExpr enclosed) {
            inner = enclosed.getInner();
        }
        if (inner instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            flatten(binary.getLeft(), parts);
            flatten(binary.getRight(), parts);
        } else {
            parts.add(inner);
        }
    }

    private static String shown(Expression part) {
        String text = part instanceof NameExpr name ? name.getNameAsString() : part.toString().replaceAll("\\s+", " ");
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN - 1) + "…";
    }
}
