package dev.backlint.rules.logging;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Project;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.matchers.LoggerCalls;
import java.util.List;
import java.util.Set;

/**
 * A {@code catch} block that drops the exception: it neither rethrows, returns or throws
 * anything, nor mentions the caught variable (to log it, pass it on or keep it). Empty
 * blocks, blocks with only a comment, blocks that log only a message, and blocks that
 * go on with other work alike. Variables named {@code ignored} or {@code expected}, and
 * {@code InterruptedException} handlers that restore the interrupt flag, are left alone.
 */
@RuleInfo(
        id = "swallowed-exception",
        summary = "A catch block drops the exception: nothing rethrows, returns, logs or passes it on",
        level = Level.WARNING,
        tags = {"observability"},
        cwe = 390,
        precision = Precision.HIGH)
public final class SwallowedException implements Rule {

    private static final Set<String> PRINTS = Set.of("println", "print", "printf", "format");

    @Override
    public void register(Checks checks) {
        checks.on(CatchClause.class, SwallowedException::check);
    }

    private static void check(CatchClause clause, RuleContext context) {
        if (Caught.namedIgnored(clause) || handles(clause.getBody()) || Caught.uses(clause).any()) {
            return;
        }
        if (context.isTestSource() && clause.getParentNode().orElse(null) instanceof TryStmt attempt
                && attempt.getTryBlock().findFirst(MethodCallExpr.class, c -> c.getNameAsString().equals("fail"))
                .isPresent()) {
            return; // a test that expects the exception
        }
        String variable = clause.getParameter().getNameAsString();
        List<Statement> statements = clause.getBody().getStatements();
        String what = statements.isEmpty()
                ? (clause.getBody().getAllContainedComments().isEmpty() ? "is empty" : "holds only a comment")
                : !statements.stream().allMatch(st -> quiet(st, context.project())) ? "goes on without it"
                : clause.getBody().findFirst(MethodCallExpr.class).isPresent() ? "only logs a message, without `" + variable + "`,"
                : "only leaves the loop";
        context.report(clause, "The `" + Caught.firstType(clause) + "` caught here is dropped: the block " + what
                + " and neither rethrows, returns, nor logs or passes on `" + variable + "`, so the failure leaves no"
                + " trace; log it with the exception (`log.warn(\"...\", " + variable + ")`), rethrow it wrapped, or"
                + " name the variable `ignored` when dropping it is intended");
    }

    /**
     * Whether the block ends the failure's path itself: a {@code return}, {@code throw} or
     * {@code yield} anywhere in it (not in a lambda or class declared there), or the
     * interrupt flag restored ({@code Thread.currentThread().interrupt()}).
     */
    private static boolean handles(BlockStmt body) {
        return body.findFirst(Node.class, node -> (node instanceof ReturnStmt || node instanceof ThrowStmt
                || node instanceof YieldStmt
                || node instanceof MethodCallExpr call && call.getNameAsString().equals("interrupt"))
                && !insideLocalCode(node, body)).isPresent();
    }

    private static boolean insideLocalCode(Node node, Node body) {
        for (Node at = node.getParentNode().orElse(null); at != null && at != body; at = at.getParentNode().orElse(null)) {
            if (at instanceof LambdaExpr || at instanceof TypeDeclaration<?>
                    || at instanceof ObjectCreationExpr created && created.getAnonymousClassBody().isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** A statement that does nothing about the failure: a comment's place, a log line, {@code continue}. */
    private static boolean quiet(Statement statement, Project project) {
        if (statement instanceof EmptyStmt || statement instanceof ContinueStmt || statement instanceof BreakStmt) {
            return true;
        }
        if (statement instanceof BlockStmt block) {
            return block.getStatements().stream().allMatch(st -> quiet(st, project));
        }
        if (statement instanceof ExpressionStmt expression && expression.getExpression() instanceof MethodCallExpr call) {
            return LoggerCalls.isLogWrite(call, project) || print(call);
        }
        if (statement instanceof IfStmt guard && guard.getCondition() instanceof MethodCallExpr test
                && test.getNameAsString().startsWith("is")) {
            return quiet(guard.getThenStmt(), project) && guard.getElseStmt().map(st -> quiet(st, project)).orElse(true);
        }
        return false;
    }

    private static boolean print(MethodCallExpr call) {
        if (!PRINTS.contains(call.getNameAsString()) || call.getScope().isEmpty()) {
            return false;
        }
        Expression scope = call.getScope().get();
        return scope instanceof FieldAccessExpr stream && stream.getScope() instanceof NameExpr system
                && system.getNameAsString().equals("System");
    }
}
