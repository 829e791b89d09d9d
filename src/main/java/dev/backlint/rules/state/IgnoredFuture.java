package dev.backlint.rules.state;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.flow.futures.FutureCalls;
import dev.backlint.flow.futures.FutureKinds;
import dev.backlint.models.Futures;
import java.util.Optional;

/**
 * A call that hands back a future or a Reactor publisher, used as a statement: the future's
 * failure is never seen and nothing waits for it; the publisher never runs.
 */
@RuleInfo(
        id = "ignored-future",
        summary = "The future or publisher a call returns is dropped: its failure is lost, or it never runs",
        level = Level.WARNING,
        tags = {"concurrency", "reliability"},
        precision = Precision.HIGH,
        optIn = true)
public final class IgnoredFuture implements Rule {

    @Override
    public void register(Checks checks) {
        checks.uses(FutureKinds.class);
        checks.on(MethodCallExpr.class, IgnoredFuture::check);
    }

    private static void check(MethodCallExpr call, RuleContext context) {
        if (!(call.getParentNode().orElse(null) instanceof ExpressionStmt statement) || producesValue(statement)) {
            return;
        }
        Optional<FutureCalls.Kind> kind = context.analysis(FutureKinds.class).of(call);
        if (kind.isEmpty()) {
            return;
        }
        if (Futures.FAILURE_STAGES.contains(call.getNameAsString()) && handlesFailure(call)) {
            return; // handled on purpose: the stage looks at the failure
        }
        if (Futures.STAGES.contains(call.getNameAsString()) && callbackOnAFutureKept(call, statement)) {
            return; // a callback on a future the object keeps, or the method waits for, returns or hands on
        }
        if (kind.get() == FutureCalls.Kind.FUTURE && FutureCalls.givenAHeldFuture(call)) {
            return; // a listener hung on a future a variable keeps, handed back for chaining
        }
        String name = "`" + call.getNameAsString() + "()`";
        if (kind.get() == FutureCalls.Kind.PUBLISHER) {
            context.report(call, name + " hands back a publisher nobody subscribes to, so nothing runs at all;"
                    + " return it into the reactive chain that is subscribed, or subscribe to it");
        } else if (Futures.SUBMITS.contains(call.getNameAsString())) {
            context.report(call, name + " hands back a future that is dropped: a failure of the task is never seen"
                    + " and nothing waits for it; keep the future and wait for it, or use `execute` so that a"
                    + " failure reaches the executor's handler");
        } else {
            context.report(call, name + " hands back a future that is dropped: its failure is never seen and"
                    + " nothing waits for it; keep it and wait for it (`join`, `get` with a timeout), or handle"
                    + " its failure (`whenComplete`, `exceptionally`) and keep that");
        }
    }

    /**
     * Whether the stage is a callback ({@code f.whenComplete((r, e) -> unlock())},
     * {@code f.thenAccept(metrics::record)}) made directly on a future
     * that a field holds, or that the method keeps, waits for, returns or hands on elsewhere:
     * the future's failure is seen there.
     */
    private static boolean callbackOnAFutureKept(MethodCallExpr stage, ExpressionStmt statement) {
        Expression held = stage.getScope().orElse(null);
        while (held instanceof MethodCallExpr link && (Futures.SAME_FUTURE.contains(link.getNameAsString())
                || Futures.STAGES.contains(link.getNameAsString()))) {
            held = link.getScope().orElse(null); // callbacks hung one after the other on the same future
        }
        return held instanceof FieldAccessExpr access && access.getScope().isThisExpr()
                || held instanceof NameExpr name && FutureCalls.usedElsewhere(name, statement);
    }

    /**
     * Whether the callback of a failure stage uses the failure ({@code (r, e) -> log.warn(.., e)}),
     * beyond testing it for null: a method reference or a callback held elsewhere counts.
     */
    private static boolean handlesFailure(MethodCallExpr stage) {
        if (stage.getArguments().isEmpty() || !(stage.getArgument(0) instanceof LambdaExpr lambda)) {
            return true;
        }
        int index = stage.getNameAsString().startsWith("exceptionally") ? 0 : 1;
        if (lambda.getParameters().size() <= index) {
            return false;
        }
        String failure = lambda.getParameter(index).getNameAsString();
        if (index == 0 && !lambda.getBody().findAll(MethodCallExpr.class).isEmpty()) {
            return true; // exceptionally runs on a failure alone: a lambda that acts (answers, cleans up) handles it
        }
        return lambda.getBody().findAll(NameExpr.class, use -> use.getNameAsString().equals(failure)
                && !(use.getParentNode().orElse(null) instanceof BinaryExpr test
                        && (test.getLeft().isNullLiteralExpr() || test.getRight().isNullLiteralExpr())))
                .stream().findAny().isPresent();
    }

    /**
     * The body of an expression lambda (unless the lambda is given to a call that throws its
     * result away: {@code forEach(x -> pool.submit(..))}), or an arm of a {@code switch}
     * expression: the value is the result.
     */
    private static boolean producesValue(ExpressionStmt statement) {
        Node parent = statement.getParentNode().orElse(null);
        if (parent instanceof LambdaExpr lambda) {
            return !(lambda.getParentNode().orElse(null) instanceof MethodCallExpr taker
                    && Futures.VOID_CALLBACKS.contains(taker.getNameAsString()));
        }
        return parent instanceof SwitchEntry entry && entry.getParentNode().filter(SwitchExpr.class::isInstance)
                .isPresent();
    }
}
