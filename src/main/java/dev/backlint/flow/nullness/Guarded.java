package dev.backlint.flow.nullness;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.backlint.models.NullSources;
import dev.backlint.resolve.Scopes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Whether a dereference sits where the code around it plainly proved the value not null,
 * read from the syntax alone: inside {@code if (x != null)} (or its {@code else} of
 * {@code x == null}), right of {@code x != null &&}, inside a ternary's checked arm, after
 * {@code if (x == null) return;} or {@code Assert.notNull(x, ..)} in a block around it.
 * The nullness flow decides every body this does not settle; this only spares it the
 * bodies whose every dereference is guarded in one of these plain ways.
 */
final class Guarded {

    /** The method names of {@link NullSources#NON_NULL_WHEN_TRUE}, on any class. */
    static final Set<String> NOT_NULL_WHEN_TRUE = simpleNames(NullSources.NON_NULL_WHEN_TRUE);
    /** The method names of {@link NullSources#NON_NULL_WHEN_FALSE}, on any class. */
    static final Set<String> NOT_NULL_WHEN_FALSE = simpleNames(NullSources.NON_NULL_WHEN_FALSE);
    private static final Set<String> ASSERTS_NOT_NULL = simpleNames(NullSources.NON_NULL_ASSERTIONS);
    private static final Set<String> ASSERTS_CONDITION = simpleNames(NullSources.CONDITION_ASSERTIONS);

    private Guarded() {
    }

    private static Set<String> simpleNames(Set<String> qualified) {
        return qualified.stream().map(name -> name.substring(name.indexOf('.') + 1)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether {@code value}, dereferenced, is proved not null by a plain guard between it and
     * {@code root}, and no variable it reads is given a new value anywhere after the guard.
     */
    static boolean plainly(Expression value, Node root) {
        return plainly(value, root, new Assignments(root));
    }

    /** As {@link #plainly(Expression, Node)}, with the assignments of {@code root} found once for all its values. */
    static boolean plainly(Expression value, Node root, Assignments assignments) {
        Node guard = guard(value, root);
        return guard != null && !reassignedAfter(value, guard, assignments);
    }

    /** The assignments of a body, found when first asked for. */
    static final class Assignments {
        private final Node root;
        private List<AssignExpr> all;

        Assignments(Node root) {
            this.root = root;
        }

        List<AssignExpr> all() {
            if (all == null) {
                all = root.findAll(AssignExpr.class);
            }
            return all;
        }
    }

    /** The guard that proves the value not null: an {@code if}, a conditional, an operand or an earlier statement. */
    private static Node guard(Expression value, Node root) {
        return dominating(value, root, (condition, outcome) -> proves(condition, value, outcome),
                earlier -> settles(earlier, value));
    }

    /**
     * The nearest construct around {@code at}, up to {@code root} (or the body around it),
     * whose condition {@code holds} with the outcome under which {@code at} runs (the branch of
     * an {@code if}, a conditional, a loop, the right of {@code &&} and {@code ||}), or an
     * earlier statement of a block around it that {@code settles} the question; null if none.
     */
    private static Node dominating(Node at, Node root, BiPredicate<Expression, Boolean> holds,
                                   Predicate<Statement> settles) {
        Node child = at;
        for (Node parent = at.getParentNode().orElse(null); parent != null && child != root;
                child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof IfStmt ifStmt && ifStmt.getCondition() != child) {
                if (holds.test(ifStmt.getCondition(), ifStmt.getThenStmt() == child)) {
                    return ifStmt;
                }
            } else if (parent instanceof ConditionalExpr conditional && conditional.getCondition() != child) {
                if (holds.test(conditional.getCondition(), conditional.getThenExpr() == child)) {
                    return conditional;
                }
            } else if (parent instanceof BinaryExpr binary && binary.getRight() == child) {
                if (binary.getOperator() == BinaryExpr.Operator.AND && holds.test(binary.getLeft(), true)
                        || binary.getOperator() == BinaryExpr.Operator.OR && holds.test(binary.getLeft(), false)) {
                    return binary;
                }
            } else if (parent instanceof WhileStmt loop && loop.getBody() == child) {
                if (holds.test(loop.getCondition(), true)) {
                    return loop;
                }
            } else if (parent instanceof BlockStmt block) {
                for (Statement earlier : block.getStatements()) {
                    if (earlier == child) {
                        break;
                    }
                    if (settles.test(earlier)) {
                        return earlier;
                    }
                }
            } else if (parent instanceof LambdaExpr
                    || parent instanceof CallableDeclaration) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether a variable the value reads is assigned after the guard begins: in it, where
     * the dereference is inside it ({@code if (a != null) { a = find(); a.use(); }}), or anywhere
     * after it (a loop may come back to the dereference). An earlier statement's own
     * assignment ({@code if (d == null) d = new D();}) is the guard's proof, not a change.
     */
    private static boolean reassignedAfter(Expression value, Node guard, Assignments assignments) {
        // each name with whether it is a field: a local copy of a field often takes the field's name
        Set<String> names = new HashSet<>();
        value.walk(node -> {
            String name = node instanceof Expression expression ? simpleName(expression) : null;
            if (name != null) {
                names.add(place(name, (Expression) node));
            }
        });
        boolean inside = value.isDescendantOf(guard);
        int from = guard.getBegin().map(position -> position.line * 100_000 + position.column).orElse(0);
        for (AssignExpr assign : assignments.all()) {
            String target = simpleName(assign.getTarget());
            if (target == null || !names.contains(place(target, assign.getTarget())) || !inside && assign.isDescendantOf(guard)) {
                continue;
            }
            if (assign.getBegin().map(position -> position.line * 100_000 + position.column).orElse(0) > from) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a test, written as {@code test}, is known to have had {@code outcome} where
     * {@code at} runs: inside the branch of an {@code if}, a conditional or an operand that it
     * decides, or after an earlier {@code if} of a block around that leaves otherwise.
     */
    static boolean testHeld(Node at, String test, boolean outcome) {
        return dominating(at, null, (condition, held) -> implies(condition, held, test, outcome),
                earlier -> earlier instanceof IfStmt ifStmt && ifStmt.getElseStmt().isEmpty()
                        && leaves(ifStmt.getThenStmt()) && implies(ifStmt.getCondition(), false, test, outcome)) != null;
    }

    /** Whether the condition, having had {@code held}, means the test had {@code outcome}. */
    private static boolean implies(Expression condition, boolean held, String test, boolean outcome) {
        Expression inner = NullnessFlow.unwrap(condition);
        if (inner instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            return implies(unary.getExpression(), !held, test, outcome);
        }
        if (inner instanceof BinaryExpr binary && (binary.getOperator() == BinaryExpr.Operator.AND && held
                || binary.getOperator() == BinaryExpr.Operator.OR && !held)) {
            return implies(binary.getLeft(), held, test, outcome) || implies(binary.getRight(), held, test, outcome);
        }
        return inner instanceof MethodCallExpr && held == outcome && inner.toString().equals(test);
    }

    /**
     * A name with what it names: {@code this.x}, and a name no local or parameter declares,
     * name the field; any other name, the local.
     */
    private static String place(String name, Expression expression) {
        boolean field = expression instanceof FieldAccessExpr
                || expression instanceof NameExpr simple && Scopes.of(simple)
                        .map(declaration -> declaration.kind() == Scopes.Kind.FIELD).orElse(true);
        return (field ? "this." : "") + name;
    }

    /** Whether two expressions name the same value: {@code this.x} as {@code x}, through parentheses and casts. */
    private static boolean same(Expression a, Expression b) {
        Expression left = NullnessFlow.unwrap(a);
        Expression right = NullnessFlow.unwrap(b);
        String leftName = simpleName(left);
        String rightName = simpleName(right);
        if (leftName != null || rightName != null) {
            return leftName != null && leftName.equals(rightName);
        }
        return left.getClass() == right.getClass() && left.equals(right);
    }

    /** {@code x} of a name or of {@code this.x}; null for anything else. */
    private static String simpleName(Expression expression) {
        return NullOrigins.isPlace(expression) ? NullOrigins.simpleName(expression) : null;
    }

    /** Whether the condition, having had {@code outcome}, proves the value of {@code guarded} not null. */
    private static boolean proves(Expression condition, Expression guarded, boolean outcome) {
        Expression test = NullnessFlow.unwrap(condition);
        if (test instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            return proves(unary.getExpression(), guarded, !outcome);
        }
        if (test instanceof BinaryExpr binary) {
            if (binary.getOperator() == BinaryExpr.Operator.AND && outcome
                    || binary.getOperator() == BinaryExpr.Operator.OR && !outcome) {
                return proves(binary.getLeft(), guarded, outcome) || proves(binary.getRight(), guarded, outcome);
            }
            if (binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS || binary.getOperator() == BinaryExpr.Operator.EQUALS) {
                boolean notNull = binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS == outcome;
                return notNull && Checks.comparedWithNull(binary).filter(checked -> same(checked, guarded)).isPresent();
            }
            return false;
        }
        if (test instanceof InstanceOfExpr instanceOf) {
            return outcome && same(instanceOf.getExpression(), guarded);
        }
        if (test instanceof MethodCallExpr call && !call.getArguments().isEmpty()) {
            String name = call.getNameAsString();
            boolean named = outcome ? NOT_NULL_WHEN_TRUE.contains(name) : NOT_NULL_WHEN_FALSE.contains(name);
            return named && same(call.getArgument(0), guarded);
        }
        return false;
    }

    /**
     * Whether, once the statement completes normally, the value is not null: an {@code if}
     * whose test finds it null and whose branch always leaves, or gives it a new object;
     * an assertion of it.
     */
    private static boolean settles(Statement statement, Expression guarded) {
        if (statement instanceof IfStmt ifStmt && ifStmt.getElseStmt().isEmpty()) {
            return proves(ifStmt.getCondition(), guarded, false)
                    && (leaves(ifStmt.getThenStmt()) || givesNewValue(ifStmt.getThenStmt(), guarded));
        }
        if (statement instanceof ExpressionStmt expression && expression.getExpression() instanceof MethodCallExpr call
                && !call.getArguments().isEmpty()) {
            String name = call.getNameAsString();
            if (ASSERTS_NOT_NULL.contains(name)) {
                return call.getArguments().stream().anyMatch(argument -> same(argument, guarded));
            }
            if (ASSERTS_CONDITION.contains(name)) {
                return call.getArguments().stream().anyMatch(argument -> proves(argument, guarded, true));
            }
        }
        return statement instanceof AssertStmt assertion && proves(assertion.getCheck(), guarded, true);
    }

    /** The statement a branch ends with, inside nested blocks. */
    private static Statement lastStatement(Statement branch) {
        Statement last = branch;
        while (last instanceof BlockStmt block && !block.getStatements().isEmpty()) {
            last = block.getStatements().getLast().orElseThrow();
        }
        return last;
    }

    /** Whether a branch always ends in {@code return}, {@code throw}, {@code continue} or {@code break}. */
    static boolean leaves(Statement branch) {
        Statement last = lastStatement(branch);
        return last.isReturnStmt() || last.isThrowStmt() || last.isContinueStmt() || last.isBreakStmt();
    }

    /** Whether a branch ends by giving the value a new object or a literal: {@code if (x == null) x = new X();}. */
    private static boolean givesNewValue(Statement branch, Expression guarded) {
        Statement last = lastStatement(branch);
        if (!(last instanceof ExpressionStmt expression
                && expression.getExpression() instanceof AssignExpr assign)
                || !same(assign.getTarget(), guarded)) {
            return false;
        }
        Expression value = NullnessFlow.unwrap(assign.getValue());
        return value instanceof ObjectCreationExpr
                || value instanceof ArrayCreationExpr
                || value instanceof LiteralExpr && !value.isNullLiteralExpr();
    }
}
