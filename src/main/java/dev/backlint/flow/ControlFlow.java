package dev.backlint.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
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
import dev.backlint.api.Constants;
import dev.backlint.flow.constants.DeadCode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs through a method's statements in order, carrying a state that an analysis
 * defines, and keeps the state at the nodes it is asked about. Branches are followed
 * separately and joined where they meet; a branch whose condition folds to a constant
 * is not taken, nor a {@code switch} case a constant selector never reaches; loops run
 * until their state stops changing (a few rounds at most); code after {@code return}
 * or {@code throw} is not reached. Lambdas and classes declared inside are opaque: what
 * they do happens at some other time, if at all.
 *
 * @param <S> the state; {@code null} stands for a point control cannot reach
 */
public abstract class ControlFlow<S> {

    /** Rounds of a loop body at most before its state is taken as settled. */
    private static final int LOOP_ROUNDS = 3;

    private final Node body;
    private final Constants constants;
    private final Map<Node, S> atTargets = new IdentityHashMap<>();
    private List<Node> targets = List.of();
    /** For each try block being run, every state met in it so far: where an exception may leave it. */
    private final java.util.ArrayDeque<List<S>> inTry = new java.util.ArrayDeque<>();

    protected ControlFlow(CallableDeclaration<?> body, Constants constants) {
        this.body = body;
        this.constants = constants;
    }

    /** The state at the point reached. */
    protected abstract S current();

    protected abstract void current(S state);

    protected abstract S copy(S state);

    /** Where two paths meet; neither argument is null. */
    protected abstract S join(S a, S b);

    /** Whether a loop's state has settled. */
    protected abstract boolean same(S a, S b);

    /** The effect of one node of a statement or expression, met in order. */
    protected abstract void effect(Node node);

    /** The loop variable of a for-each taking the next element. */
    protected void eachElement(ForEachStmt loop) {
    }

    /** Takes one step of the bounded work; false once the bound is passed. */
    protected abstract boolean tick();

    /** Runs through the body from the current state, keeping the state at each of {@code wanted}. */
    public final void run(List<Node> wanted) {
        targets = wanted;
        Optional<BlockStmt> block = body instanceof MethodDeclaration method ? method.getBody()
                : body instanceof ConstructorDeclaration constructor ? Optional.of(constructor.getBody())
                : Optional.empty();
        block.ifPresent(this::exec);
    }

    /** The state at {@code node}, joined over every time control got there; null if it never did. */
    public final S at(Node node) {
        return atTargets.get(node);
    }

    private S joined(S a, S b) {
        if (a == null) {
            return b == null ? null : copy(b);
        }
        return b == null ? copy(a) : join(a, b);
    }

    private void exec(Statement statement) {
        if (current() == null || !tick()) {
            return;
        }
        if (statement instanceof BlockStmt block) {
            for (Statement inner : block.getStatements()) {
                exec(inner);
            }
        } else if (statement instanceof IfStmt ifStmt) {
            steps(ifStmt.getCondition());
            Optional<Object> condition = constants.value(ifStmt.getCondition());
            if (condition.isPresent() && condition.get() instanceof Boolean taken) {
                if (taken) {
                    exec(ifStmt.getThenStmt());
                } else {
                    ifStmt.getElseStmt().ifPresent(this::exec);
                }
                return;
            }
            S before = copy(current());
            exec(ifStmt.getThenStmt());
            S afterThen = current();
            current(before);
            ifStmt.getElseStmt().ifPresent(this::exec);
            current(joined(afterThen, current()));
        } else if (statement instanceof WhileStmt loop) {
            steps(loop.getCondition());
            if (!Boolean.FALSE.equals(constants.value(loop.getCondition()).orElse(null))) {
                loop(loop.getBody(), null, List.of(loop.getCondition()));
            }
        } else if (statement instanceof DoStmt loop) {
            exec(loop.getBody());
            if (current() != null) {
                steps(loop.getCondition());
                loop(loop.getBody(), null, List.of(loop.getCondition()));
            }
        } else if (statement instanceof ForStmt loop) {
            loop.getInitialization().forEach(this::steps);
            loop.getCompare().ifPresent(this::steps);
            List<Expression> after = new ArrayList<>(loop.getUpdate());
            loop.getCompare().ifPresent(after::add);
            loop(loop.getBody(), null, after);
        } else if (statement instanceof ForEachStmt loop) {
            steps(loop.getIterable());
            loop(loop.getBody(), loop, List.of());
        } else if (statement instanceof SwitchStmt switchStmt) {
            execSwitch(switchStmt);
        } else if (statement instanceof TryStmt tryStmt) {
            execTry(tryStmt);
        } else if (statement instanceof LabeledStmt labeled) {
            exec(labeled.getStatement());
        } else if (statement instanceof SynchronizedStmt synchronizedStmt) {
            steps(synchronizedStmt.getExpression());
            exec(synchronizedStmt.getBody());
        } else if (statement instanceof ReturnStmt || statement instanceof ThrowStmt) {
            steps(statement);
            current(null);
        } else if (!(statement instanceof LocalClassDeclarationStmt || statement instanceof LocalRecordDeclarationStmt)) {
            steps(statement);
        }
    }

    /** A loop body run until the state at its head stops changing; the loop may also not run at all. */
    private void loop(Statement loopBody, ForEachStmt each, List<Expression> afterBody) {
        for (int round = 0; round < LOOP_ROUNDS && current() != null; round++) {
            S head = copy(current());
            if (each != null) {
                eachElement(each);
            }
            exec(loopBody);
            if (current() != null) {
                afterBody.forEach(this::steps);
            }
            current(joined(head, current()));
            if (same(current(), head)) {
                return;
            }
        }
    }

    private void execSwitch(SwitchStmt switchStmt) {
        steps(switchStmt.getSelector());
        S before = copy(current());
        S out = null;
        S fallingThrough = null;
        boolean hasDefault = false;
        Node within = switchStmt.getParentNode().orElse(switchStmt);
        for (SwitchEntry entry : switchStmt.getEntries()) {
            hasDefault |= entry.isDefault() || entry.getLabels().isEmpty();
            if (!entry.getStatements().isEmpty() && DeadCode.isDead(entry.getStatements().get(0), within, constants)) {
                fallingThrough = null;
                continue;
            }
            current(joined(before, fallingThrough));
            for (Statement inner : entry.getStatements()) {
                exec(inner);
            }
            boolean leaves = entry.getType() != SwitchEntry.Type.STATEMENT_GROUP || entry.getStatements().stream()
                    .anyMatch(inner -> inner.isBreakStmt() || inner.isContinueStmt() || inner.isYieldStmt());
            out = joined(out, current());
            fallingThrough = leaves ? null : current();
        }
        current(hasDefault ? out : joined(out, before));
    }

    private void execTry(TryStmt tryStmt) {
        tryStmt.getResources().forEach(this::steps);
        S before = copy(current());
        List<S> met = new ArrayList<>();
        met.add(before);
        inTry.push(met);
        try {
            exec(tryStmt.getTryBlock());
        } finally {
            inTry.pop();
        }
        S tryEnd = current();
        S anywhere = met.get(0);
        S after = tryEnd;
        for (CatchClause clause : tryStmt.getCatchClauses()) {
            // the exception may come at any point of the try block
            current(copy(anywhere));
            exec(clause.getBody());
            after = joined(after, current());
        }
        if (tryStmt.getFinallyBlock().isPresent()) {
            boolean continues = after != null;
            current(joined(anywhere, after));
            exec(tryStmt.getFinallyBlock().get());
            if (!continues) {
                current(null);
            }
        } else {
            current(after);
        }
    }

    /**
     * The effects within a statement or expression, in order, leaving out lambdas and
     * classes declared inside. The state before them is kept for any wanted node inside.
     */
    private void steps(Node node) {
        if (current() == null) {
            return;
        }
        for (Node target : targets) {
            if (target == node || node.isAncestorOf(target)) {
                atTargets.merge(target, copy(current()), this::joined);
            }
        }
        // in order, without descending into lambdas and classes declared inside
        java.util.ArrayDeque<Node> pending = new java.util.ArrayDeque<>();
        pending.push(node);
        while (!pending.isEmpty() && current() != null && tick()) {
            Node inner = pending.pop();
            effect(inner);
            List<Node> children = inner.getChildNodes();
            for (int i = children.size() - 1; i >= 0; i--) {
                Node child = children.get(i);
                boolean classBody = inner instanceof ObjectCreationExpr && child instanceof com.github.javaparser.ast.body.BodyDeclaration;
                if (!(child instanceof LambdaExpr || child instanceof TypeDeclaration<?> || classBody
                        || child instanceof LocalClassDeclarationStmt || child instanceof LocalRecordDeclarationStmt)) {
                    pending.push(child);
                }
            }
        }
        for (List<S> met : inTry) {
            if (current() != null) {
                met.set(0, joined(met.get(0), current()));
            }
        }
    }

    /** Whether {@code node} sits in a lambda or a class declared within {@code root}. */
    public static boolean opaque(Node node, Node root) {
        for (Node current = node; current != null && current != root; current = current.getParentNode().orElse(null)) {
            if (current instanceof LambdaExpr || current instanceof TypeDeclaration<?>
                    || current != node && current instanceof ObjectCreationExpr creation
                    && creation.getAnonymousClassBody().isPresent()) {
                return true;
            }
        }
        return false;
    }
}
