package dev.backlint.rules.sql;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.matchers.Concatenation;
import dev.backlint.matchers.SqlSinkCalls;
import dev.backlint.matchers.TypeNames;
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
        if (!SqlSinkCalls.mayBeSink(call) || !context.constants().varies(call.getArgument(0))) {
            return;
        }
        Optional<Expression> argument = SqlSinkCalls.sqlArgument(call, context);
        if (argument.isEmpty()) {
            return;
        }
        Expression sql = argument.get();
        List<Expression> parts = Concatenation.pieces(sql);
        Optional<Expression> unsafe = parts.stream()
                .filter(part -> context.constants().varies(part))
                .findFirst();
        String how = parts.size() == 1 && (sql.isNameExpr() || sql.isFieldAccessExpr() || sql.isArrayAccessExpr())
                ? "` comes from `" : "` is built from `";
        unsafe.ifPresent(part -> context.report(call, "SQL for `" + call.getNameAsString() + how
                + shown(culprit(part, context, 0)) + "`, which is not a constant; pass values as bind parameters "
                + "(`?` or `:name`) and pick identifiers from a fixed list"));
    }

    /**
     * The piece to name in the message: inside a formatting or building call, the argument
     * that varies; for {@code toString()} and chains, what they are called on; another call
     * whose arguments are all fixed (a getter) is named whole. Class names are never the
     * culprit.
     */
    private static Expression culprit(Expression part, RuleContext context, int depth) {
        if (depth > 8 || !(part instanceof MethodCallExpr call)) {
            return part;
        }
        for (Expression argument : call.getArguments()) {
            if (context.constants().varies(argument)) {
                for (Expression leaf : Concatenation.pieces(argument)) {
                    if (context.constants().varies(leaf) && !TypeNames.isTypeName(leaf)) {
                        return culprit(leaf, context, depth + 1);
                    }
                }
            }
        }
        Optional<Expression> scope = call.getScope().filter(receiver -> !TypeNames.isTypeName(receiver)
                && context.constants().varies(receiver));
        if (scope.isPresent() && (scope.get() instanceof MethodCallExpr || call.getNameAsString().equals("toString"))) {
            return culprit(scope.get(), context, depth + 1); // a builder's text, or a chain
        }
        return part;
    }

    private static String shown(Expression part) {
        String text = part instanceof NameExpr name ? name.getNameAsString() : part.toString().replaceAll("\\s+", " ");
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN - 1) + "…";
    }
}
