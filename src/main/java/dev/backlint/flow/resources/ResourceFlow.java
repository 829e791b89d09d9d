package dev.backlint.flow.resources;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import dev.backlint.api.Constants;
import dev.backlint.api.Verdict;
import dev.backlint.flow.AccessPath;
import dev.backlint.flow.Budget;
import dev.backlint.flow.ControlFlow;
import dev.backlint.flow.Destination;
import dev.backlint.resolve.Body;
import dev.backlint.resolve.DeclaredTypes;
import dev.backlint.resolve.Scopes;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a resource that a call acquires may be left open: the value is followed from the
 * local variable it is put in, through the body's control flow (see {@link ControlFlow}),
 * to every exit. It is released where it is closed ({@code x.close()}, a method named for
 * closing or releasing that it is passed to, a try-with-resources that names it) and where
 * ownership is handed on (returned, stored in a field, an array or a collection, passed to
 * a constructor or to a method that may keep it). Where the code tests it against
 * {@code null}, the path where it is null holds nothing.
 *
 * <p>It is left open when some normal exit (a {@code return}, the end of the body) still
 * holds it open, when the variable is overwritten while it is open, or when an exception
 * may leave the body with it open and no {@code finally} or {@code catch} of the body
 * closes it. A resource closed in a {@code finally} is taken as released on exceptions:
 * the few statements before its {@code try} are not held against it.
 */
public final class ResourceFlow extends ControlFlow<ResourceFlow.Held> {

    private static final int MAX_STEPS = 50_000;

    enum Status { NONE, OPEN, CLOSED, HANDED_ON }

    /** Where the resource is held and how it may stand on the paths that reach a point. */
    record Held(Set<AccessPath> holders, Set<Status> status, boolean lost) {
        Held {
            holders = Set.copyOf(holders);
            status = Set.copyOf(status);
        }

        Held with(Set<Status> next) {
            return new Held(holders, next, lost);
        }
    }

    /** The declarator or assignment that puts the acquired value in its local variable. */
    private final Node binding;
    private final AccessPath holder;

    private ResourceFlow(Body body, Constants constants, Node binding, AccessPath holder) {
        super(body, constants, new Budget(MAX_STEPS));
        this.binding = binding;
        this.holder = holder;
        this.state = new Held(Set.of(), EnumSet.of(Status.NONE), false);
    }

    /**
     * Whether the resource {@code acquisition} returns may be left open. {@code UNKNOWN} when
     * the walk ran past its bound; {@code YES} for a value dropped or used once and dropped.
     */
    public static Verdict leaks(Expression acquisition, Constants constants) {
        if (acquisition.containsData(VERDICT)) {
            return acquisition.getData(VERDICT);
        }
        Verdict verdict = judge(acquisition, constants);
        acquisition.setData(VERDICT, verdict);
        return verdict;
    }

    /** The answer for an acquisition, kept on its node: a statement's rule asks again about its connection. */
    private static final com.github.javaparser.ast.DataKey<Verdict> VERDICT = new com.github.javaparser.ast.DataKey<>() {
    };

    private static Verdict judge(Expression acquisition, Constants constants) {
        Destination where = Destination.of(acquisition);
        Node child = where.child();
        Node parent = where.parent();
        if (isHandedOn(child, parent)) {
            return Verdict.NO;
        }
        Optional<AccessPath> local = Optional.empty();
        if (parent instanceof VariableDeclarator declarator) {
            if (declarator.getParentNode().filter(com.github.javaparser.ast.body.FieldDeclaration.class::isInstance)
                    .isPresent()) {
                return Verdict.NO; // a field's initialiser: the object owns it
            }
            local = Optional.of(AccessPath.variable(declarator, declarator.getNameAsString()));
        } else if (parent instanceof AssignExpr assign && assign.getValue() == child) {
            local = AccessPath.of(assign.getTarget()).filter(AccessPath::isVariable);
            if (local.isEmpty()) {
                return Verdict.NO; // stored in a field or an array: handed on
            }
        }
        Optional<Body> body = Body.enclosing(acquisition);
        if (local.isEmpty() || body.isEmpty()) {
            return Verdict.YES; // used once and dropped
        }
        if (capturedOrEscapes(body.get(), local.get())) {
            return Verdict.NO; // a lambda or class of the body takes it: its fate is decided elsewhere
        }
        ResourceFlow flow = new ResourceFlow(body.get(), constants, parent, local.get());
        flow.run(List.of());
        if (!flow.complete()) {
            return Verdict.UNKNOWN;
        }
        Held normal = flow.normalExit();
        Held exceptional = flow.exceptionalExit();
        boolean open = normal != null && (normal.lost() || normal.status().contains(Status.OPEN))
                || exceptional != null && exceptional.lost();
        // an exception may leave it open: held against code that closes it on its normal
        // path but not in a finally block (nor a catch clause); code that hands it on is
        // not asked to guard the hand-off
        if (!open && exceptional != null && exceptional.status().contains(Status.OPEN)
                && normal != null && normal.status().contains(Status.CLOSED)) {
            open = !closedInFinallyOrCatch(body.get(), local.get());
        }
        return Verdict.of(open);
    }

    @Override
    protected Held copy(Held held) {
        return held;
    }

    @Override
    protected Held join(Held a, Held b) {
        Set<AccessPath> holders = new HashSet<>(a.holders());
        holders.addAll(b.holders());
        Set<Status> status = EnumSet.noneOf(Status.class);
        status.addAll(a.status());
        status.addAll(b.status());
        return new Held(holders, status, a.lost() || b.lost());
    }

    @Override
    protected boolean same(Held a, Held b) {
        return a.equals(b);
    }

    @Override
    protected void effect(Node node) {
        if (node == binding) {
            boolean lost = state.lost() || state.status().contains(Status.OPEN);
            state = new Held(Set.of(holder), EnumSet.of(Status.OPEN), lost);
            return;
        }
        if (node instanceof AssignExpr assign) {
            Optional<AccessPath> target = AccessPath.of(assign.getTarget());
            if (target.isPresent() && state.holders().contains(target.get()) && !isHolder(assign.getValue())) {
                // the variable is given another value: an open resource held by it alone is lost
                Set<AccessPath> rest = new HashSet<>(state.holders());
                rest.remove(target.get());
                boolean lost = state.lost() || rest.isEmpty() && state.status().contains(Status.OPEN);
                state = new Held(rest, rest.isEmpty() ? EnumSet.of(Status.NONE) : state.status(), lost);
            }
            return;
        }
        if (node instanceof NameExpr name && holdsName(name) && isHolder(name)) {
            used(name);
        }
    }

    /**
     * An exception out of a statement that closes the resource or hands it on is not held
     * against the code: the callee took it. Nor is one out of cleanup code (a finally
     * block, a call that closes or releases something): code that cleans up is written not
     * to throw, and counting on it would blame every careful {@code finally}.
     */
    @Override
    protected Held raised(Node code, Held before) {
        if (!before.status().contains(Status.OPEN)) {
            return before;
        }
        if (inFinally(code) || code instanceof MethodCallExpr call && closes(call)) {
            return null;
        }
        boolean takes = code.findFirst(NameExpr.class, use -> isHolder(use) && !Body.nestedIn(use, code)
                && use.getParentNode().filter(parent -> parent instanceof MethodCallExpr call
                        && (call.getArguments().stream().anyMatch(argument -> argument == use)
                        || call.getNameAsString().equals("close"))
                        || parent instanceof ObjectCreationExpr || parent instanceof ReturnStmt).isPresent()).isPresent();
        if (!takes) {
            return before;
        }
        Set<Status> next = EnumSet.copyOf(before.status());
        next.remove(Status.OPEN);
        next.add(Status.HANDED_ON);
        return before.with(next);
    }

    private boolean inFinally(Node code) {
        Node child = code;
        for (Node parent = code.getParentNode().orElse(null); parent != null && parent != body().node();
                child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof TryStmt tryStmt && tryStmt.getFinallyBlock().isPresent()
                    && tryStmt.getFinallyBlock().get() == child) {
                return true;
            }
        }
        return false;
    }

    /** A use of a variable holding the resource: closing it, handing it on, or taking another name for it. */
    private void used(NameExpr use) {
        Destination where = Destination.of(use);
        Node child = where.child();
        Node parent = where.parent();
        if (parent instanceof MethodCallExpr call && call.getScope().filter(scope -> scope == use).isPresent()) {
            if (call.getNameAsString().equals("close")) {
                release(Status.CLOSED);
            }
            return;
        }
        if (parent instanceof VariableDeclarator declarator) {
            alias(AccessPath.variable(declarator, declarator.getNameAsString()));
            return;
        }
        if (parent instanceof AssignExpr assign && assign.getValue() == child) {
            Optional<AccessPath> target = AccessPath.of(assign.getTarget()).filter(AccessPath::isVariable);
            if (target.isPresent()) {
                alias(target.get());
            } else {
                release(Status.HANDED_ON); // stored in a field or an array
            }
            return;
        }
        if (parent instanceof MethodCallExpr call) {
            int index = indexOf(call.getArguments(), child);
            if (index >= 0 && closes(call)) {
                release(Status.CLOSED);
            } else if (index >= 0 && !onlyUses(call, index)) {
                release(Status.HANDED_ON);
            }
            return;
        }
        if (parent instanceof ObjectCreationExpr || parent instanceof ReturnStmt || parent instanceof YieldStmt
                || parent instanceof com.github.javaparser.ast.expr.ArrayInitializerExpr) {
            release(Status.HANDED_ON);
        }
    }

    private void alias(AccessPath other) {
        Set<AccessPath> holders = new HashSet<>(state.holders());
        holders.add(other);
        state = new Held(holders, state.status(), state.lost());
    }

    private void release(Status how) {
        if (state.status().contains(Status.OPEN)) {
            Set<Status> next = EnumSet.copyOf(state.status());
            next.remove(Status.OPEN);
            next.add(how);
            state = state.with(next);
        }
    }

    @Override
    protected void refine(Expression condition, boolean outcome) {
        if (!(condition instanceof BinaryExpr binary)) {
            return;
        }
        boolean equals = binary.getOperator() == BinaryExpr.Operator.EQUALS;
        if (!equals && binary.getOperator() != BinaryExpr.Operator.NOT_EQUALS) {
            return;
        }
        Expression other = binary.getLeft().isNullLiteralExpr() ? binary.getRight()
                : binary.getRight().isNullLiteralExpr() ? binary.getLeft() : null;
        if (other != null && isHolder(other) && equals == outcome) {
            state = state.with(EnumSet.of(Status.NONE)); // where it is null, nothing is held
        }
    }

    @Override
    protected void resourcesClosed(TryStmt tryStmt) {
        for (Expression resource : tryStmt.getResources()) {
            if (resource instanceof com.github.javaparser.ast.expr.VariableDeclarationExpr declaration) {
                for (VariableDeclarator variable : declaration.getVariables()) {
                    if (state.holders().contains(AccessPath.variable(variable, variable.getNameAsString()))) {
                        release(Status.CLOSED);
                    }
                }
            } else if (isHolder(resource)) {
                release(Status.CLOSED);
            }
        }
    }

    /** The free first test: a name one of the holders has. */
    private boolean holdsName(NameExpr name) {
        for (AccessPath path : state.holders()) {
            if (path.toString().equals(name.getNameAsString())) {
                return true;
            }
        }
        return false;
    }

    private boolean isHolder(Expression expression) {
        Optional<AccessPath> path = AccessPath.of(expression);
        return path.isPresent() && state.holders().contains(path.get());
    }

    /** A method named for closing or releasing what it is given: {@code closeQuietly(c)}, {@code release(c)}. */
    private static boolean closes(MethodCallExpr call) {
        String name = call.getNameAsString().toLowerCase(Locale.ROOT);
        return name.contains("close") || name.contains("release");
    }

    /**
     * Whether a call only uses what it is given as argument {@code index}: the callee is a
     * method of this class (the one of that name and arity) that never closes, returns,
     * stores nor passes on its parameter. Anything else may keep it.
     */
    private static boolean onlyUses(MethodCallExpr call, int index) {
        if (call.getScope().filter(scope -> !scope.isThisExpr()).isPresent()) {
            return false;
        }
        Optional<MethodDeclaration> method = DeclaredTypes.declaringTypeAround(call)
                .flatMap(type -> DeclaredTypes.method(type, call)).filter(m -> m.getBody().isPresent());
        if (method.isEmpty()) {
            return false;
        }
        String name = method.get().getParameter(index).getNameAsString();
        for (NameExpr use : method.get().getBody().get().findAll(NameExpr.class,
                use -> use.getNameAsString().equals(name))) {
            Node parent = use.getParentNode().orElse(null);
            boolean receiver = parent instanceof MethodCallExpr used && used.getScope().filter(s -> s == use).isPresent()
                    && !used.getNameAsString().equals("close");
            if (!receiver) {
                return false; // closed, returned, stored, passed on, or used in a way not followed
            }
        }
        return true;
    }

    /** Whether the value, where it is used, goes straight on: returned, passed, stored. */
    private static boolean isHandedOn(Node child, Node parent) {
        if (parent instanceof ReturnStmt || parent instanceof YieldStmt || parent instanceof com.github.javaparser.ast.expr.LambdaExpr
                || parent instanceof ObjectCreationExpr) {
            return true;
        }
        if (parent instanceof MethodCallExpr outer) {
            // an argument is handed on; a receiver is used and dropped
            return outer.getScope().filter(scope -> scope == child).isEmpty();
        }
        return parent instanceof com.github.javaparser.ast.expr.ArrayInitializerExpr;
    }

    private static int indexOf(List<Expression> arguments, Node argument) {
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i) == argument) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a lambda or class declared in the body names the variable. */
    private static boolean capturedOrEscapes(Body body, AccessPath local) {
        Node declaration = local.declaration().orElse(null);
        String name = local.toString();
        return body.node().findFirst(NameExpr.class, use -> use.getNameAsString().equals(name)
                && Body.nestedIn(use, body.node())
                && Scopes.of(use).filter(found -> found.node() == declaration).isPresent()).isPresent();
    }

    /** Whether a finally block or catch clause of the body closes the variable (or any name for it). */
    private static boolean closedInFinallyOrCatch(Body body, AccessPath local) {
        String name = local.toString();
        for (TryStmt tryStmt : body.node().findAll(TryStmt.class, t -> !Body.nestedIn(t, body.node()))) {
            if (tryStmt.getFinallyBlock().filter(block -> closesName(block, name)).isPresent()) {
                return true;
            }
            for (CatchClause clause : tryStmt.getCatchClauses()) {
                if (closesName(clause.getBody(), name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean closesName(Node block, String name) {
        return block.findFirst(MethodCallExpr.class, call ->
                call.getNameAsString().equals("close") && call.getScope().filter(s -> isName(s, name)).isPresent()
                        || closes(call) && call.getArguments().stream().anyMatch(a -> isName(a, name))).isPresent();
    }

    private static boolean isName(Expression expression, String name) {
        Expression inner = expression;
        while (inner instanceof EnclosedExpr || inner instanceof CastExpr) {
            inner = inner instanceof EnclosedExpr enclosed ? enclosed.getInner() : ((CastExpr) inner).getExpression();
        }
        return inner instanceof NameExpr n && n.getNameAsString().equals(name);
    }
}
