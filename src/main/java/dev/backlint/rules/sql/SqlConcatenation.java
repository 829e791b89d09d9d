package dev.backlint.rules.sql;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.models.SqlSinks;
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

    @Override
    public void register(Checks checks) {
        checks.on(MethodCallExpr.class, SqlConcatenation::check);
    }

    private static void check(MethodCallExpr call, RuleContext context) {
        // reported only when the text is proven to vary: an unknown answer is silence
        if (!SqlSinks.METHOD_NAMES.contains(call.getNameAsString()) || call.getArguments().isEmpty()
                || !context.constants().varies(call.getArgument(0))) {
            return;
        }
        Optional<Expression> argument = SqlCalls.sqlArgument(call, context);
        if (argument.isEmpty()) {
            return;
        }
        Expression sql = argument.get();
        List<Expression> parts = new ArrayList<>();
        flatten(sql, parts);
        Optional<Expression> unsafe = parts.stream()
                .filter(part -> context.constants().varies(part))
                .findFirst();
        String how = parts.size() == 1 && (sql.isNameExpr() || sql.isFieldAccessExpr() || sql.isArrayAccessExpr())
                ? "` comes from `" : "` is built from `";
        unsafe.ifPresent(part -> context.report(call, "SQL for `" + call.getNameAsString() + how
                + shown(culprit(part, context, 0)) + "`, which is not a constant; pass values as bind parameters "
                + "(`?` or `:name`) and pick identifiers from a fixed list"));
    }

    /** The non-constant piece inside a formatting or building call, to name in the message. */
    private static Expression culprit(Expression part, RuleContext context, int depth) {
        if (depth > 8 || !(part instanceof MethodCallExpr call)) {
            return part;
        }
        List<Expression> pieces = new ArrayList<>(call.getArguments());
        call.getScope().ifPresent(scope -> pieces.add(0, scope));
        for (Expression piece : pieces) {
            if (context.constants().varies(piece) && !piece.toString().equals("String")) {
                List<Expression> flat = new ArrayList<>();
                flatten(piece, flat);
                for (Expression leaf : flat) {
                    if (context.constants().varies(leaf)) {
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
