package dev.backlint.flow.nullness;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.backlint.resolve.Scopes;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A declared {@code @Nullable} value is often tied to another by the code's invariants:
 * a transaction status set only when there is a transaction manager, an index found only
 * when the name was there. Where the dereference sits under a condition that tests some
 * other value for null (directly, or through a local computed from such a test), the
 * nullness of the two is taken as correlated, which the flow cannot see; the dereference
 * is not reported.
 */
final class Correlation {

    private Correlation() {
    }

    /** Whether an enclosing condition of the dereference tests a value for null, or reads a local derived from such a test. */
    static boolean guardedByAnotherTest(Node dereference) {
        return guarded(dereference, false);
    }

    /**
     * Whether an enclosing condition of the dereference of an optionally injected bean tests
     * another value for null, or asks a feature's state ({@code settings.isAdvancedIndexing()},
     * {@code params.isLastN()}): a bean that exists only in some deployments is used where the
     * configuration that brings it says so.
     */
    static boolean guardedByFeatureTest(Node dereference) {
        return guarded(dereference, true);
    }

    /**
     * Whether a read from an object, or its dereference, sits under a condition that asks the
     * same object something else. For a request attribute ({@code if
     * (request.getAttribute(INCLUDE_REQUEST_URI) != null)}, {@code if (!isGoodRequest(request))},
     * {@code if (isError)} where {@code isError} came from {@code request.getDispatcherType()}):
     * attributes belong to a protocol between the container, filters and servlets, and code that
     * tests its state knows which are set. For a column ({@code if (StringUtils.hasText(codeValue))}
     * where {@code codeValue} came from the same result set): the columns of an optional group
     * are set together, and the code tests one to read the others.
     */
    static boolean underTestOfSameObject(Node read, Node dereference) {
        if (!(read instanceof MethodCallExpr call) || call.getScope().isEmpty()
                || !(NullnessFlow.unwrap(call.getScope().get()) instanceof NameExpr source)) {
            return false;
        }
        String name = source.getNameAsString();
        return underTestOf(read, name) || underTestOf(dereference, name);
    }

    /** Whether a condition around the node reads the object of that name, or a local made from it. */
    private static boolean underTestOf(Node node, String object) {
        Node child = node;
        for (Node parent = node.getParentNode().orElse(null); parent != null
                && !(parent instanceof CallableDeclaration<?>) && !(parent instanceof LambdaExpr);
                child = parent, parent = parent.getParentNode().orElse(null)) {
            Expression condition = parent instanceof IfStmt ifStmt && ifStmt.getCondition() != child ? ifStmt.getCondition()
                    : parent instanceof ConditionalExpr conditional && conditional.getCondition() != child
                    ? conditional.getCondition() : null;
            if (condition != null && condition.findFirst(NameExpr.class, used -> used.getNameAsString().equals(object)
                    && !movesCursor(used) || derivedFrom(used, object)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Calls that move a result set to a row: they say a row is there, not which of its columns are set. */
    private static final Set<String> CURSOR = Set.of("next", "previous", "first", "last",
            "absolute", "relative", "isBeforeFirst", "isAfterLast", "isFirst", "isLast");

    /** Whether the name is the receiver of a cursor move: {@code rs.next()}. */
    private static boolean movesCursor(NameExpr used) {
        return used.getParentNode().orElse(null) instanceof MethodCallExpr call
                && call.getScope().filter(scope -> scope == used).isPresent() && CURSOR.contains(call.getNameAsString());
    }

    /** Whether a local was initialised from an expression that reads the object of that name. */
    private static boolean derivedFrom(NameExpr name, String object) {
        Optional<Scopes.Declaration> declaration = Scopes.of(name);
        return declaration.isPresent() && declaration.get().kind() != Scopes.Kind.FIELD
                && declaration.get().node() instanceof VariableDeclarator local
                && local.getInitializer().filter(init -> init.findFirst(NameExpr.class,
                        read -> read.getNameAsString().equals(object)).isPresent()).isPresent();
    }

    private static boolean guarded(Node dereference, boolean features) {
        Node child = dereference;
        for (Node parent = dereference.getParentNode().orElse(null); parent != null
                && !(parent instanceof CallableDeclaration<?>) && !(parent instanceof LambdaExpr);
                child = parent, parent = parent.getParentNode().orElse(null)) {
            Expression condition = null;
            if (parent instanceof IfStmt ifStmt && ifStmt.getCondition() != child) {
                condition = ifStmt.getCondition();
            } else if (parent instanceof ConditionalExpr conditional && conditional.getCondition() != child) {
                condition = conditional.getCondition();
            } else if (parent instanceof BinaryExpr binary && binary.getRight() == child
                    && (binary.getOperator() == BinaryExpr.Operator.AND || binary.getOperator() == BinaryExpr.Operator.OR)) {
                condition = binary.getLeft();
            } else if (parent instanceof WhileStmt loop && loop.getCondition() != child) {
                condition = loop.getCondition();
            } else if (parent instanceof DoStmt loop && loop.getCondition() != child) {
                condition = loop.getCondition();
            } else if (parent instanceof ForStmt loop && loop.getBody() == child) {
                condition = loop.getCompare().orElse(null);
            }
            if (condition != null && (testsNull(condition) || readsDerivedTest(condition) || features && asksState(condition))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a condition calls a method that answers a state: {@code isX()}, {@code hasX()}, {@code supportsX()} and the like. */
    private static boolean asksState(Expression condition) {
        return condition.findFirst(MethodCallExpr.class,
                call -> STATE_QUESTION.matcher(call.getNameAsString()).matches()).isPresent();
    }

    private static final Pattern STATE_QUESTION = Pattern.compile(
            "(is|has|can|should|supports|use|uses)[A-Z]\\w*");

    private static boolean testsNull(Expression condition) {
        return condition.findFirst(BinaryExpr.class, binary -> Checks.comparedWithNull(binary).isPresent()).isPresent();
    }

    /** {@code pos == -1} where {@code int pos = (raw != null ? raw.indexOf(',') : -1)}; {@code if (annotated)} where {@code annotated = (a != null)}. */
    private static boolean readsDerivedTest(Expression condition) {
        return condition.findFirst(NameExpr.class, name -> {
            Optional<Scopes.Declaration> declaration = Scopes.of(name);
            return declaration.isPresent() && declaration.get().kind() != Scopes.Kind.FIELD
                    && declaration.get().node() instanceof VariableDeclarator local
                    && local.getInitializer().filter(Correlation::testsNull).isPresent();
        }).isPresent();
    }
}
