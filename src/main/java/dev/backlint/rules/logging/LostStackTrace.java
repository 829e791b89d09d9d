package dev.backlint.rules.logging;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Project;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.matchers.LoggerCalls;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code catch} block that keeps the exception's text and drops the exception: it logs
 * {@code e.getMessage()} (or {@code e.toString()}, {@code "failed: " + e}) instead of
 * passing {@code e} to the logger, or throws a new exception without {@code e} as its
 * cause. Where the block passes the exception object anywhere (to a logger, a helper, a
 * constructor, {@code initCause}), the stack trace survives and nothing is reported.
 */
@RuleInfo(
        id = "lost-stack-trace",
        summary = "A catch block logs only the exception's message, or throws a new exception without the cause",
        level = Level.NOTE,
        tags = {"observability"},
        precision = Precision.HIGH)
public final class LostStackTrace implements Rule {

    @Override
    public void register(Checks checks) {
        checks.on(CatchClause.class, LostStackTrace::check);
    }

    private static void check(CatchClause clause, RuleContext context) {
        if (Caught.namedIgnored(clause)) {
            return;
        }
        Caught.Uses uses = Caught.uses(clause);
        if (uses.whole()) {
            return; // the exception itself goes somewhere: its stack trace with it
        }
        String variable = clause.getParameter().getNameAsString();
        List<MethodCallExpr> logs = new ArrayList<>();
        List<ObjectCreationExpr> throwsNew = new ArrayList<>();
        collect(clause.getBody(), logs, throwsNew, context.project());
        for (MethodCallExpr log : logs) {
            uses.textual().stream().filter(text -> text.isDescendantOf(log)).findFirst().ifPresent(text ->
                    context.report(log, "`" + shown(log) + "` logs " + instead(text, variable)
                            + " instead of the exception: the stack trace and the causes are lost; pass `" + variable
                            + "` to the logger as its last argument"));
        }
        for (ObjectCreationExpr created : throwsNew) {
            context.report(created, "The new `" + created.getType().getNameAsString() + "` is thrown without the caught `"
                    + variable + "` (`" + Caught.firstType(clause) + "`) as its cause: the original stack trace is lost;"
                    + " pass `" + variable + "` to the constructor, or call `initCause(" + variable + ")`");
        }
    }

    /** Log calls and {@code throw new ..} of the block itself: not of lambdas, classes or nested catches. */
    private static void collect(Node node, List<MethodCallExpr> logs, List<ObjectCreationExpr> throwsNew,
            Project project) {
        for (Node child : node.getChildNodes()) {
            if (child instanceof LambdaExpr || child instanceof TypeDeclaration<?> || child instanceof CatchClause
                    || child instanceof ObjectCreationExpr created && created.getAnonymousClassBody().isPresent()) {
                continue;
            }
            if (child instanceof MethodCallExpr call && LoggerCalls.isLogWrite(call, project)) {
                logs.add(call);
            }
            if (child instanceof ThrowStmt thrown && thrown.getExpression() instanceof ObjectCreationExpr created) {
                throwsNew.add(created);
            }
            collect(child, logs, throwsNew, project);
        }
    }

    /** What was logged instead: {@code `e.getMessage()`}, or the text the exception was added to. */
    private static String instead(Expression text, String variable) {
        if (text instanceof MethodCallExpr) {
            return "`" + text + "`";
        }
        return "`" + variable + "` turned into text (its `toString()`)";
    }

    private static String shown(MethodCallExpr call) {
        String scope = call.getScope().map(Node::toString).orElse("");
        if (scope.length() > 30) {
            scope = "…";
        }
        return scope + "." + call.getNameAsString() + "(..)";
    }
}
