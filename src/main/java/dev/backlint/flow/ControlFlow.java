package dev.backlint.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import dev.backlint.api.Constants;
import dev.backlint.flow.constants.DeadCode;
import dev.backlint.resolve.Body;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The walk of one {@link Body}'s control flow that every flow analysis shares. An analysis
 * defines its state (copy, join, sameness) and the effect of each node; the walk carries
 * the state along the paths control can take and keeps it at the nodes asked about.
 *
 * <ul>
 *   <li>Expressions run in evaluation order, operands before the operation; {@code &&},
 *       {@code ||}, {@code !} and {@code ?:} branch within the expression, so that in
 *       {@code x != null && x.f()} the call sees the state where the left side held.</li>
 *   <li>Each edge of a condition is refined: the analysis is told that the condition
 *       was true or false ({@link #refine}) on the edges of {@code if}, loops, ternaries,
 *       {@code &&}/{@code ||} and {@code assert}, and which case matched on the edges of a
 *       {@code switch} ({@link #refineCase}). A condition that folds to a constant has one
 *       edge only, so dead branches and {@code switch} cases are never taken.</li>
 *   <li>Jumps: {@code return}, {@code throw}, {@code break}, {@code continue}, {@code yield}
 *       and labelled jumps; {@code switch} fall-through; loops to a fixed point;
 *       {@code finally} on every exit, exceptional ones included; try-with-resources
 *       resources closed on every exit of the try block ({@link #resourcesClosed}).</li>
 *   <li>A statement that calls a method or creates an object may throw: its state before
 *       goes to the innermost {@code catch} (or {@code finally}) around it, else out of the
 *       body as an exceptional exit.</li>
 *   <li>Lambdas and classes declared inside are other bodies, not walked.</li>
 *   <li>One {@link Budget} bounds the work; past it the walk stops and {@link #complete}
 *       is false: the answer is unknown.</li>
 * </ul>
 *
 * @param <S> the state; {@code null} stands for a point control cannot reach
 */
public abstract class ControlFlow<S> {

    /** Rounds of a loop body at most before its state must have settled (else the answer is unknown). */
    private static final int LOOP_ROUNDS = 6;

    private final Body body;
    private final Constants constants;
    private final Budget budget;
    /** The state at the point reached; analyses read and change it in their hooks. */
    protected S state;
    private Set<Node> wanted = Set.of();
    private final Map<Node, S> atWanted = new IdentityHashMap<>();
    /** For a wanted node inside a lambda or class of the body: the outermost such lambda or creation. */
    private final Map<Node, Node> containers = new IdentityHashMap<>();
    /** The constant value of each condition, asked once however often a loop walks it. */
    private final Map<Expression, Optional<Object>> foldedConditions = new IdentityHashMap<>();
    private S returned;
    private S thrown;
    /** The frames of the jump targets and try statements around the point reached, innermost first. */
    private final Deque<Frame<S>> frames = new ArrayDeque<>();

    protected ControlFlow(Body body, Constants constants, Budget budget) {
        this.body = body;
        this.constants = constants;
        this.budget = budget;
    }

    protected abstract S copy(S state);

    /** Where two paths meet; neither argument is null. */
    protected abstract S join(S a, S b);

    /** Whether a loop's state has settled. */
    protected abstract boolean same(S a, S b);

    /**
     * The effect of a node once its operands have run: a {@link VariableDeclarator}
     * (initialiser run), an assignment, a call, any expression. The state is {@link #state}.
     */
    protected abstract void effect(Node node);

    /** Control goes on where {@code condition} evaluated to {@code outcome}. */
    protected void refine(Expression condition, boolean outcome) {
    }

    /** Control enters {@code entry} of a switch on {@code selector} (a matching case, or the default). */
    protected void refineCase(Expression selector, SwitchEntry entry) {
    }

    /** The loop variable of a for-each takes the next element. */
    protected void eachElement(ForEachStmt loop) {
    }

    /**
     * The state an exception carries out of {@code code}, a statement's expression or a
     * condition that may throw: by default the state before it; {@code null} when the
     * analysis does not count on an exception there.
     */
    protected S raised(Node code, S before) {
        return before;
    }

    /** Control leaves the try block of a try-with-resources, which closes its resources. */
    protected void resourcesClosed(TryStmt tryStmt) {
    }

    /** The body being walked. */
    public final Body body() {
        return body;
    }

    /** Runs the body from {@link #state}, keeping the state at each of {@code nodes}. */
    public final void run(Collection<? extends Node> nodes) {
        Set<Node> identity = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node node : nodes) {
            identity.add(node);
            Node container = container(node);
            if (container != null) {
                containers.put(node, container);
                identity.add(container);
            }
        }
        wanted = identity;
        Optional<Node> code = body.code();
        if (code.isEmpty()) {
            return;
        }
        if (code.get() instanceof Statement statement) {
            exec(statement);
        } else {
            eval((Expression) code.get());
        }
        returned = joined(returned, state);
        state = null;
    }

    /**
     * The state on entry to {@code node}, joined over every time control got there; null if
     * it never did. For a node inside a lambda or class of the body, the state where that
     * lambda or class is created.
     */
    public final S at(Node node) {
        S found = atWanted.get(node);
        Node container = containers.get(node);
        return found != null || container == null ? found : atWanted.get(container);
    }

    /** The outermost lambda or anonymous class creation of the body that holds {@code node}, if any. */
    private Node container(Node node) {
        Node found = null;
        for (Node current = node.getParentNode().orElse(null); current != null && current != body.node();
                current = current.getParentNode().orElse(null)) {
            if (current instanceof LambdaExpr
                    || current instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()
                    && creation != node) {
                found = current;
            }
        }
        return found;
    }

    /** The state where the body ends normally (by {@code return} or its end); null if it never does. */
    public final S normalExit() {
        return returned;
    }

    /** The state where an exception leaves the body; null if none may. */
    public final S exceptionalExit() {
        return thrown;
    }

    /** Whether the walk finished within its budget: if not, every answer drawn from it is unknown. */
    public final boolean complete() {
        return !budget.exhausted();
    }

    protected final Budget budget() {
        return budget;
    }

    protected final Constants constants() {
        return constants;
    }

    private S joined(S a, S b) {
        if (a == null) {
            return b == null ? null : copy(b);
        }
        return b == null ? copy(a) : join(a, b);
    }

    private void keep(Node node) {
        if (wanted.contains(node)) {
            atWanted.merge(node, copy(state), this::joined);
        }
    }

    // ---- statements ----

    private void exec(Statement statement) {
        if (state == null || !budget.tick()) {
            return;
        }
        keep(statement);
        if (statement instanceof BlockStmt block) {
            for (Statement inner : block.getStatements()) {
                exec(inner);
            }
        } else if (statement instanceof ExpressionStmt expression) {
            top(expression.getExpression());
        } else if (statement instanceof IfStmt ifStmt) {
            mayThrow(ifStmt.getCondition());
            Branches<S> branches = condition(ifStmt.getCondition());
            state = branches.whenTrue;
            exec(ifStmt.getThenStmt());
            S afterThen = state;
            state = branches.whenFalse;
            ifStmt.getElseStmt().ifPresent(this::exec);
            state = joined(afterThen, state);
        } else if (statement instanceof WhileStmt loop) {
            loop(loop, null, loop.getCondition(), loop.getBody(), List.of(), false);
        } else if (statement instanceof DoStmt loop) {
            loop(loop, null, loop.getCondition(), loop.getBody(), List.of(), true);
        } else if (statement instanceof ForStmt loop) {
            loop.getInitialization().forEach(this::top);
            loop(loop, null, loop.getCompare().orElse(null), loop.getBody(), loop.getUpdate(), false);
        } else if (statement instanceof ForEachStmt loop) {
            top(loop.getIterable());
            loop(loop, null, null, loop.getBody(), List.of(), false);
        } else if (statement instanceof SwitchStmt switchStmt) {
            mayThrow(switchStmt.getSelector());
            eval(switchStmt.getSelector());
            runSwitch(switchStmt, switchStmt.getSelector(), switchStmt.getEntries(), null);
        } else if (statement instanceof TryStmt tryStmt) {
            runTry(tryStmt);
        } else if (statement instanceof LabeledStmt labeled) {
            runLabeled(labeled);
        } else if (statement instanceof SynchronizedStmt synchronizedStmt) {
            top(synchronizedStmt.getExpression());
            exec(synchronizedStmt.getBody());
        } else if (statement instanceof ReturnStmt returnStmt) {
            returnStmt.getExpression().ifPresent(this::top);
            leave(Jump.RETURN, null);
        } else if (statement instanceof ThrowStmt throwStmt) {
            eval(throwStmt.getExpression());
            raise();
        } else if (statement instanceof BreakStmt breakStmt) {
            leave(Jump.BREAK, breakStmt.getLabel().map(label -> label.getIdentifier()).orElse(null));
        } else if (statement instanceof ContinueStmt continueStmt) {
            leave(Jump.CONTINUE, continueStmt.getLabel().map(label -> label.getIdentifier()).orElse(null));
        } else if (statement instanceof YieldStmt yield) {
            top(yield.getExpression());
            leave(Jump.YIELD, null);
        } else if (statement instanceof AssertStmt assertStmt) {
            // an assertion that holds lets control on; one that fails throws
            Branches<S> branches = condition(assertStmt.getCheck());
            state = branches.whenFalse;
            raise();
            state = branches.whenTrue;
        } else if (statement instanceof ExplicitConstructorInvocationStmt invocation) {
            mayThrow(invocation);
            invocation.getExpression().ifPresent(this::eval);
            invocation.getArguments().forEach(this::eval);
        } else if (!(statement instanceof LocalClassDeclarationStmt || statement instanceof LocalRecordDeclarationStmt)) {
            for (Node child : statement.getChildNodes()) {
                if (child instanceof Expression expression) {
                    top(expression);
                } else if (child instanceof Statement inner) {
                    exec(inner);
                }
            }
        }
    }

    /** An expression a statement runs: it may throw before it completes. */
    private void top(Expression expression) {
        mayThrow(expression);
        eval(expression);
    }

    /** Where code that calls or creates may throw: the state before it goes to the handler around it. */
    private void mayThrow(Node code) {
        if (state == null) {
            return;
        }
        boolean calls = code instanceof MethodCallExpr || code instanceof ObjectCreationExpr
                || code instanceof ExplicitConstructorInvocationStmt
                || code.findFirst(Node.class, node -> (node instanceof MethodCallExpr || node instanceof ObjectCreationExpr)
                        && !Body.nestedIn(node, code)).isPresent();
        if (calls) {
            S before = state;
            state = raised(code, copy(before));
            if (state != null) {
                raise();
            }
            state = before;
        }
    }

    /**
     * A loop run until the state at its head settles: a {@code while}, {@code for} or
     * for-each tests before each round, a {@code do} after; the loop is left where the
     * test fails, where a for-each has no element left, and by {@code break}.
     */
    private void loop(Statement loop, String label, Expression condition, Statement loopBody,
                      List<Expression> update, boolean bodyFirst) {
        S exits = null;
        S head = state;
        boolean settled = head == null;
        Breakable<S> frame = new Breakable<>(loop, label, true);
        for (int round = 0; round < LOOP_ROUNDS && head != null; round++) {
            state = copy(head);
            if (!bodyFirst) {
                if (condition != null) {
                    mayThrow(condition);
                    Branches<S> branches = condition(condition);
                    exits = joined(exits, branches.whenFalse);
                    state = branches.whenTrue;
                } else if (loop instanceof ForEachStmt each) {
                    exits = joined(exits, state);
                    eachElement(each);
                }
            }
            frames.push(frame);
            try {
                exec(loopBody);
            } finally {
                frames.pop();
            }
            state = joined(state, frame.continues);
            frame.continues = null;
            update.forEach(this::top);
            if (bodyFirst && state != null) {
                mayThrow(condition);
                Branches<S> branches = condition(condition);
                exits = joined(exits, branches.whenFalse);
                state = branches.whenTrue;
            }
            S next = joined(head, state);
            if (same(next, head)) {
                settled = true;
                break;
            }
            head = next;
        }
        if (!settled) {
            budget.exhaust(); // a loop whose state keeps changing: the answer is unknown
        }
        state = joined(exits, frame.breaks);
    }

    private void runLabeled(LabeledStmt labeled) {
        String label = labeled.getLabel().getIdentifier();
        Statement inner = labeled.getStatement();
        if (inner instanceof WhileStmt || inner instanceof DoStmt || inner instanceof ForStmt
                || inner instanceof ForEachStmt) {
            keep(inner);
            if (inner instanceof WhileStmt loop) {
                loop(loop, label, loop.getCondition(), loop.getBody(), List.of(), false);
            } else if (inner instanceof DoStmt loop) {
                loop(loop, label, loop.getCondition(), loop.getBody(), List.of(), true);
            } else if (inner instanceof ForStmt loop) {
                loop.getInitialization().forEach(this::top);
                loop(loop, label, loop.getCompare().orElse(null), loop.getBody(), loop.getUpdate(), false);
            } else {
                ForEachStmt loop = (ForEachStmt) inner;
                top(loop.getIterable());
                loop(loop, label, null, loop.getBody(), List.of(), false);
            }
            return;
        }
        Breakable<S> frame = new Breakable<>(labeled, label, false);
        frames.push(frame);
        try {
            exec(inner);
        } finally {
            frames.pop();
        }
        state = joined(state, frame.breaks);
    }

    /**
     * The entries of a switch statement or expression: each entry starts from the selector's
     * state (refined by its case) joined with the entry before it when that one falls through;
     * a case a constant selector never reaches is not taken.
     */
    private void runSwitch(Node switchNode, Expression selector, List<SwitchEntry> entries, SwitchExpr expression) {
        S before = state;
        S fallingThrough = null;
        boolean hasDefault = false;
        Breakable<S> frame = new Breakable<>(switchNode, null, false);
        frame.yields = expression != null;
        Node within = switchNode.getParentNode().orElse(switchNode);
        frames.push(frame);
        try {
            for (SwitchEntry entry : entries) {
                hasDefault |= entry.isDefault() || entry.getLabels().isEmpty();
                if (!entry.getStatements().isEmpty() && switchNode instanceof SwitchStmt
                        && DeadCode.isDead(entry.getStatements().get(0), within, constants)) {
                    fallingThrough = null;
                    continue;
                }
                S entering = before == null ? null : copy(before);
                if (entering != null) {
                    state = entering;
                    refineCase(selector, entry);
                    entering = state;
                }
                state = joined(entering, fallingThrough);
                keep(entry);
                if (entry.getType() == SwitchEntry.Type.EXPRESSION && expression != null) {
                    Expression value = ((ExpressionStmt) entry.getStatements().get(0)).getExpression();
                    top(value);
                    frame.breaks = joined(frame.breaks, state);
                    fallingThrough = null;
                    continue;
                }
                for (Statement inner : entry.getStatements()) {
                    exec(inner);
                }
                if (entry.getType() == SwitchEntry.Type.STATEMENT_GROUP) {
                    fallingThrough = state;
                } else {
                    frame.breaks = joined(frame.breaks, state);
                    fallingThrough = null;
                }
            }
        } finally {
            frames.pop();
        }
        S out = joined(frame.breaks, fallingThrough);
        state = hasDefault || expression != null ? out : joined(out, before);
    }

    private void runTry(TryStmt tryStmt) {
        TryFrame<S> frame = new TryFrame<>(tryStmt);
        frames.push(frame);
        try {
            for (Expression resource : tryStmt.getResources()) {
                top(resource);
            }
            exec(tryStmt.getTryBlock());
            if (state != null && !tryStmt.getResources().isEmpty()) {
                resourcesClosed(tryStmt);
            }
            S after = state;
            frame.phase = Phase.CATCH;
            S caught = frame.caught;
            for (CatchClause clause : tryStmt.getCatchClauses()) {
                state = caught == null ? null : copy(caught);
                keep(clause);
                exec(clause.getBody());
                after = joined(after, state);
            }
            frame.phase = Phase.FINALLY;
            if (tryStmt.getFinallyBlock().isPresent()) {
                S uncaught = frame.uncaught;
                if (uncaught != null) {
                    // an exception passes through the finally block on its way out
                    state = copy(uncaught);
                    exec(tryStmt.getFinallyBlock().get());
                    frames.pop();
                    raise();
                    frames.push(frame);
                }
                state = after;
                if (state != null) {
                    exec(tryStmt.getFinallyBlock().get());
                }
            } else if (frame.uncaught != null) {
                state = frame.uncaught;
                frames.pop();
                raise();
                frames.push(frame);
                state = after;
            } else {
                state = after;
            }
        } finally {
            frames.pop();
        }
    }

    // ---- jumps ----

    private enum Jump { RETURN, BREAK, CONTINUE, YIELD }

    private enum Phase { BODY, CATCH, FINALLY }

    private interface Frame<S> {
    }

    private static final class Breakable<S> implements Frame<S> {
        private final Node statement;
        private final String label;
        private final boolean loop;
        private boolean yields;
        private S breaks;
        private S continues;

        Breakable(Node statement, String label, boolean loop) {
            this.statement = statement;
            this.label = label;
            this.loop = loop;
        }
    }

    private static final class TryFrame<S> implements Frame<S> {
        private final TryStmt tryStmt;
        private Phase phase = Phase.BODY;
        /** Exceptions of the try block that a catch clause takes. */
        private S caught;
        /** Exceptions that leave the try statement (through its finally block). */
        private S uncaught;

        TryFrame(TryStmt tryStmt) {
            this.tryStmt = tryStmt;
        }
    }

    /**
     * Leaves by {@code jump} from the point reached: through the finally blocks on the way
     * (each run on the jump's state), to the loop, switch or label it targets, or out of
     * the body for {@code return}.
     */
    private void leave(Jump jump, String label) {
        if (state == null) {
            return;
        }
        S carried = state;
        state = null;
        java.util.List<Frame<S>> outer = new java.util.ArrayList<>(frames);
        for (int i = 0; i < outer.size() && carried != null; i++) {
            Frame<S> frame = outer.get(i);
            if (frame instanceof TryFrame<S> tryFrame) {
                if (tryFrame.phase == Phase.FINALLY) {
                    continue;
                }
                carried = throughFinally(tryFrame, carried, outer.subList(i + 1, outer.size()));
            } else if (frame instanceof Breakable<S> target && targets(target, jump, label)) {
                if (jump == Jump.CONTINUE) {
                    target.continues = joined(target.continues, carried);
                } else {
                    target.breaks = joined(target.breaks, carried);
                }
                return;
            }
        }
        if (carried != null && jump == Jump.RETURN) {
            returned = joined(returned, carried);
        }
    }

    private static <S> boolean targets(Breakable<S> frame, Jump jump, String label) {
        return switch (jump) {
            case RETURN -> false;
            case YIELD -> frame.yields;
            case CONTINUE -> frame.loop && (label == null || label.equals(frame.label));
            case BREAK -> label == null ? (frame.loop || frame.statement instanceof SwitchStmt) : label.equals(frame.label);
        };
    }

    /**
     * A jump out of a try block or catch clause: resources are closed, then the finally
     * block runs on the jump's state; null when the finally block itself does not complete.
     */
    private S throughFinally(TryFrame<S> frame, S carried, java.util.List<Frame<S>> outside) {
        S leaving = carried;
        if (frame.phase == Phase.BODY && !frame.tryStmt.getResources().isEmpty()) {
            state = copy(leaving);
            resourcesClosed(frame.tryStmt);
            leaving = state;
        }
        if (frame.tryStmt.getFinallyBlock().isEmpty()) {
            state = null;
            return leaving;
        }
        Deque<Frame<S>> saved = new ArrayDeque<>(frames);
        frames.clear();
        frames.addAll(outside);
        Phase phase = frame.phase;
        try {
            state = leaving;
            exec(frame.tryStmt.getFinallyBlock().get());
            S after = state;
            state = null;
            return after;
        } finally {
            frame.phase = phase;
            frames.clear();
            frames.addAll(saved);
        }
    }

    /** Throws from the point reached: to the innermost handler, or out of the body. */
    private void raise() {
        if (state == null) {
            return;
        }
        for (Frame<S> frame : frames) {
            if (frame instanceof TryFrame<S> tryFrame && tryFrame.phase != Phase.FINALLY) {
                if (tryFrame.phase == Phase.BODY && !tryFrame.tryStmt.getResources().isEmpty()) {
                    S open = state;
                    state = copy(open);
                    resourcesClosed(tryFrame.tryStmt);
                }
                if (tryFrame.phase == Phase.BODY && !tryFrame.tryStmt.getCatchClauses().isEmpty()) {
                    tryFrame.caught = joined(tryFrame.caught, state);
                } else {
                    tryFrame.uncaught = joined(tryFrame.uncaught, state);
                }
                state = null;
                return;
            }
        }
        thrown = joined(thrown, state);
        state = null;
    }

    // ---- expressions ----

    /** The states where a condition holds and where it does not; null where control cannot go. */
    private record Branches<S>(S whenTrue, S whenFalse) {
    }

    private Branches<S> condition(Expression condition) {
        if (state == null || !budget.tick()) {
            return new Branches<>(null, null);
        }
        if (condition instanceof EnclosedExpr enclosed) {
            keep(condition);
            return condition(enclosed.getInner());
        }
        if (condition instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            keep(condition);
            Branches<S> inner = condition(unary.getExpression());
            return new Branches<>(inner.whenFalse, inner.whenTrue);
        }
        if (condition instanceof BinaryExpr binary && (binary.getOperator() == BinaryExpr.Operator.AND
                || binary.getOperator() == BinaryExpr.Operator.OR)) {
            keep(condition);
            Branches<S> left = condition(binary.getLeft());
            boolean and = binary.getOperator() == BinaryExpr.Operator.AND;
            state = and ? left.whenTrue : left.whenFalse;
            Branches<S> right = state == null ? new Branches<>(null, null) : condition(binary.getRight());
            return and ? new Branches<>(right.whenTrue, joined(left.whenFalse, right.whenFalse))
                    : new Branches<>(joined(left.whenTrue, right.whenTrue), right.whenFalse);
        }
        // a null test never folds: asking would look the name up across the project
        boolean nullTest = condition instanceof BinaryExpr test
                && (test.getLeft().isNullLiteralExpr() || test.getRight().isNullLiteralExpr());
        Optional<Object> folded = nullTest ? Optional.empty() : foldedConditions.computeIfAbsent(condition, constants::value);
        eval(condition);
        if (state == null) {
            return new Branches<>(null, null);
        }
        if (folded.isPresent() && folded.get() instanceof Boolean value) {
            return value ? new Branches<>(state, null) : new Branches<>(null, state);
        }
        S before = state;
        state = copy(before);
        refine(condition, true);
        S whenTrue = state;
        state = before;
        refine(condition, false);
        return new Branches<>(whenTrue, state);
    }

    private void eval(Expression expression) {
        if (state == null || !budget.tick()) {
            return;
        }
        if (expression instanceof LambdaExpr) {
            keep(expression);
            return; // another body
        }
        if (expression instanceof BinaryExpr binary && (binary.getOperator() == BinaryExpr.Operator.AND
                || binary.getOperator() == BinaryExpr.Operator.OR)
                || expression instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT
                && unary.getExpression() instanceof BinaryExpr) {
            Branches<S> branches = condition(expression);
            state = joined(branches.whenTrue, branches.whenFalse);
            if (state != null) {
                effect(expression);
            }
            return;
        }
        keep(expression);
        if (expression instanceof ConditionalExpr conditional) {
            Branches<S> branches = condition(conditional.getCondition());
            state = branches.whenTrue;
            eval(conditional.getThenExpr());
            S afterThen = state;
            state = branches.whenFalse;
            eval(conditional.getElseExpr());
            state = joined(afterThen, state);
        } else if (expression instanceof SwitchExpr switchExpr) {
            eval(switchExpr.getSelector());
            runSwitch(switchExpr, switchExpr.getSelector(), switchExpr.getEntries(), switchExpr);
        } else if (expression instanceof VariableDeclarationExpr declaration) {
            for (VariableDeclarator variable : declaration.getVariables()) {
                keep(variable);
                variable.getInitializer().ifPresent(this::eval);
                if (state != null) {
                    effect(variable);
                }
            }
            return;
        } else if (expression instanceof AssignExpr assign) {
            // the target's own operands (a[i], x.f) run first, then the value
            for (Node child : assign.getTarget().getChildNodes()) {
                if (child instanceof Expression operand) {
                    eval(operand);
                }
            }
            eval(assign.getValue());
        } else if (expression instanceof ObjectCreationExpr creation) {
            creation.getScope().ifPresent(this::eval);
            creation.getArguments().forEach(this::eval);
        } else {
            for (Node child : expression.getChildNodes()) {
                if (child instanceof Expression operand) {
                    eval(operand);
                }
            }
        }
        if (state != null) {
            effect(expression);
        }
    }
}
