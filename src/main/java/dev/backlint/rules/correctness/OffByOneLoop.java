package dev.backlint.rules.correctness;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An index loop whose bound is one off the sequence it reads: {@code i < xs.size() - 1}
 * over {@code xs.get(i)} never reads the last element, and {@code i <= xs.length} over
 * {@code xs[i]} reads one past the end. Lists, arrays and strings ({@code charAt}); the
 * bound may be read through a local; {@code for} and {@code while} loops. A body that
 * reads neighbours ({@code i + 1}, {@code i - 1}) or compares the index with anything,
 * and code around the loop that reads the last element, show the bound is meant.
 */
@RuleInfo(
        id = "off-by-one-loop",
        summary = "An index loop skips the last element, or reads one past the end",
        level = Level.WARNING,
        tags = {"correctness"},
        precision = Precision.HIGH)
public final class OffByOneLoop implements Rule {

    private static final Set<UnaryExpr.Operator> STEPS = Set.of(UnaryExpr.Operator.POSTFIX_INCREMENT,
            UnaryExpr.Operator.PREFIX_INCREMENT, UnaryExpr.Operator.POSTFIX_DECREMENT, UnaryExpr.Operator.PREFIX_DECREMENT);
    private static final Set<BinaryExpr.Operator> ORDER = Set.of(BinaryExpr.Operator.LESS,
            BinaryExpr.Operator.LESS_EQUALS, BinaryExpr.Operator.GREATER, BinaryExpr.Operator.GREATER_EQUALS,
            BinaryExpr.Operator.EQUALS, BinaryExpr.Operator.NOT_EQUALS);

    @Override
    public void register(Checks checks) {
        checks.on(ForStmt.class, OffByOneLoop::forLoop);
        checks.on(WhileStmt.class, OffByOneLoop::whileLoop);
    }

    /** The bound of a loop, read as {@code sequence.size() - offset}. */
    private record Bound(String sequence, String written, int offset, boolean inclusive, String size) {
    }

    private static void forLoop(ForStmt loop, RuleContext context) {
        if (loop.getCompare().isEmpty() || loop.getUpdate().size() != 1) {
            return;
        }
        Optional<String> index = steppedUp(loop.getUpdate().get(0));
        if (index.isEmpty()) {
            return;
        }
        Optional<Expression> start = start(loop.getInitialization(), index.get());
        if (start.isEmpty()) {
            return;
        }
        check(loop, index.get(), start.get(), loop.getCompare().get(), loop.getBody(), null, context);
    }

    private static void whileLoop(WhileStmt loop, RuleContext context) {
        if (!(loop.getCondition() instanceof BinaryExpr compare) || !(compare.getLeft() instanceof NameExpr name)) {
            return;
        }
        String index = name.getNameAsString();
        // the index's one step: a statement `i++;` (or `i += 1;`) directly in the body
        if (!(loop.getBody() instanceof BlockStmt body)) {
            return;
        }
        List<Statement> steps = body.getStatements().stream().filter(s -> s instanceof ExpressionStmt e
                && steppedUp(e.getExpression()).filter(index::equals).isPresent()).toList();
        if (steps.size() != 1) {
            return;
        }
        // started before the loop, with nothing in between that touches it: `int i = 0;`
        Optional<Expression> start = declaredBefore(loop, index);
        if (start.isEmpty()) {
            return;
        }
        check(loop, index, start.get(), compare, body, steps.get(0), context);
    }

    private static void check(Statement loop, String index, Expression start, Expression compare, Statement body,
            Statement step, RuleContext context) {
        if (!(compare instanceof BinaryExpr test) || !(test.getLeft() instanceof NameExpr left)
                || !left.getNameAsString().equals(index)) {
            return;
        }
        boolean inclusive;
        if (test.getOperator() == BinaryExpr.Operator.LESS) {
            inclusive = false;
        } else if (test.getOperator() == BinaryExpr.Operator.LESS_EQUALS) {
            inclusive = true;
        } else {
            return;
        }
        Optional<Bound> bound = bound(test.getRight(), inclusive, context, 0);
        if (bound.isEmpty()) {
            return;
        }
        Bound b = bound.get();
        int past = b.inclusive() ? b.offset() - 1 : b.offset(); // elements left out at the end: 1 skips, -1 overruns
        boolean skips = past == 1 && isZero(start);
        boolean overruns = b.inclusive() && b.offset() == 0;
        if (!skips && !overruns) {
            return;
        }
        Uses uses = uses(body, index, b.sequence(), step);
        if (!uses.readsAtIndex || uses.neighbours || uses.compared || uses.changed) {
            return;
        }
        if (skips && readsLastOutside(loop, b.sequence(), test.getRight())) {
            return;
        }
        String sequence = b.sequence();
        if (skips) {
            context.report(loop, "The loop stops at `" + index + (b.inclusive() ? " <= " : " < ") + b.written()
                    + "`, so it never reads the last element of `" + sequence + "`, and nothing after the loop does;"
                    + " loop while `" + index + " < " + b.size() + "` to read every element");
        } else {
            context.report(loop, "`" + index + " <= " + b.written() + "` lets `" + index + "` reach the length of `"
                    + sequence + "`, one past the end: reading `" + sequence + "` at `" + index + "` there throws;"
                    + " loop while `" + index + " < " + b.written() + "`");
        }
    }

    /** How the body uses the index. */
    private static final class Uses {
        boolean readsAtIndex;
        boolean neighbours;
        boolean compared;
        boolean changed;
    }

    private static Uses uses(Statement body, String index, String sequence, Statement step) {
        Uses uses = new Uses();
        body.walk(node -> {
            if (step != null && (node == step || node.isDescendantOf(step))) {
                return;
            }
            if (node instanceof NameExpr name && name.getNameAsString().equals(index)) {
                Node parent = name.getParentNode().orElse(null);
                while (parent instanceof EnclosedExpr) {
                    parent = parent.getParentNode().orElse(null);
                }
                if (parent instanceof BinaryExpr binary) {
                    if (ORDER.contains(binary.getOperator())) {
                        uses.compared = true;
                    } else if (isArithmetic(binary, name)) {
                        uses.neighbours = true;
                    }
                } else if (parent instanceof UnaryExpr unary && STEPS.contains(unary.getOperator())
                        || parent instanceof AssignExpr assign && assign.getTarget() == name) {
                    uses.changed = true;
                } else if (parent instanceof AssignExpr assign && assign.getOperator() != AssignExpr.Operator.ASSIGN) {
                    uses.neighbours = true; // offset += i
                }
                if (readAt(name, sequence)) {
                    uses.readsAtIndex = true;
                }
            }
        });
        return uses;
    }

    /** Arithmetic on the index ({@code i + 1}, {@code i * 2}), not text concatenation ({@code "row " + i}). */
    private static boolean isArithmetic(BinaryExpr binary, NameExpr index) {
        if (binary.getOperator() != BinaryExpr.Operator.PLUS) {
            return switch (binary.getOperator()) {
                case MINUS, MULTIPLY, DIVIDE, REMAINDER -> true;
                default -> false;
            };
        }
        Expression other = binary.getLeft() == index ? binary.getRight() : binary.getLeft();
        return !(other.isStringLiteralExpr() || other.isTextBlockLiteralExpr() || other instanceof BinaryExpr inner
                && inner.getOperator() == BinaryExpr.Operator.PLUS && mentionsText(inner));
    }

    private static boolean mentionsText(Expression expression) {
        return expression.findFirst(Expression.class, e -> e.isStringLiteralExpr() || e.isTextBlockLiteralExpr())
                .isPresent();
    }

    /** Whether the index, as it is, picks an element of {@code sequence}: {@code xs.get(i)}, {@code xs[i]}, {@code s.charAt(i)}. */
    private static boolean readAt(NameExpr index, String sequence) {
        Node parent = index.getParentNode().orElse(null);
        if (parent instanceof ArrayAccessExpr access && access.getIndex() == index) {
            return text(access.getName()).equals(sequence);
        }
        if (parent instanceof MethodCallExpr call && call.getArguments().size() == 1 && call.getArgument(0) == index
                && (call.getNameAsString().equals("get") || call.getNameAsString().equals("charAt"))
                && call.getScope().isPresent()) {
            return text(call.getScope().get()).equals(sequence);
        }
        return false;
    }

    /**
     * Whether the method reads the last element of {@code sequence} anywhere, the loop's
     * body included, or reads the sequence after the loop at all: {@code xs.get(xs.size() - 1)},
     * {@code xs[last]}, {@code xs.getLast()}; the loop leaves it to that code, or compares
     * the others with it.
     */
    private static boolean readsLastOutside(Statement loop, String sequence, Expression bound) {
        Node scope = loop.getParentNode().orElse(loop);
        for (Node at = scope; at != null; at = at.getParentNode().orElse(null)) {
            scope = at;
            if (at instanceof com.github.javaparser.ast.body.CallableDeclaration<?> || at instanceof LambdaExpr
                    || at instanceof com.github.javaparser.ast.body.InitializerDeclaration) {
                break;
            }
        }
        String boundText = text(bound);
        int loopEnd = loop.getEnd().map(p -> p.line).orElse(Integer.MAX_VALUE);
        return scope.findFirst(Node.class, node -> {
            boolean after = node.getBegin().map(p -> p.line > loopEnd).orElse(false);
            if (node instanceof MethodCallExpr call && call.getScope().isPresent()
                    && text(call.getScope().get()).equals(sequence)) {
                String name = call.getNameAsString();
                if (name.equals("getLast") || name.equals("peekLast")) {
                    return true;
                }
                if ((name.equals("get") || name.equals("charAt")) && call.getArguments().size() == 1) {
                    return after || last(call.getArgument(0), sequence, boundText);
                }
            }
            if (node instanceof ArrayAccessExpr access && text(access.getName()).equals(sequence)) {
                return after || last(access.getIndex(), sequence, boundText);
            }
            if (node instanceof MethodCallExpr call && after && call.getScope().isPresent()
                    && text(call.getScope().get()).equals(sequence)
                    && (call.getNameAsString().equals("subList") || call.getNameAsString().equals("substring"))) {
                return true;
            }
            return false;
        }).isPresent();
    }

    /** An index that is the last one: {@code xs.size() - 1}, or the loop's own bound ({@code last}). */
    private static boolean last(Expression index, String sequence, String bound) {
        String written = text(index);
        return written.equals(bound) || written.equals(sequence + ".size() - 1") || written.equals(sequence + ".length - 1")
                || written.equals(sequence + ".length() - 1");
    }

    /** The bound as {@code sequence.size() - offset}, read through a local that is never reassigned. */
    private static Optional<Bound> bound(Expression expression, boolean inclusive, RuleContext context, int depth) {
        Expression e = unwrap(expression);
        if (e instanceof NameExpr name && depth == 0) {
            return context.constants().onlyValue(name).flatMap(init -> bound(init, inclusive, context, 1))
                    .map(b -> new Bound(b.sequence(), name.getNameAsString(), b.offset(), b.inclusive(), b.size()));
        }
        int offset = 0;
        Expression size = e;
        if (e instanceof BinaryExpr minus && minus.getOperator() == BinaryExpr.Operator.MINUS
                && minus.getRight() instanceof IntegerLiteralExpr literal) {
            offset = literal.asNumber().intValue();
            size = unwrap(minus.getLeft());
        }
        Optional<String> sequence = sized(size);
        int finalOffset = offset;
        String sizeText = text(size);
        return sequence.map(s -> new Bound(s, text(e), finalOffset, inclusive, sizeText));
    }

    /** {@code xs} of {@code xs.size()}, {@code xs.length} or {@code s.length()}. */
    private static Optional<String> sized(Expression size) {
        if (size instanceof MethodCallExpr call && call.getArguments().isEmpty() && call.getScope().isPresent()
                && (call.getNameAsString().equals("size") || call.getNameAsString().equals("length"))) {
            return Optional.of(text(call.getScope().get()));
        }
        if (size instanceof FieldAccessExpr access && access.getNameAsString().equals("length")) {
            return Optional.of(text(access.getScope()));
        }
        return Optional.empty();
    }

    /** The index a loop update steps up by one: {@code i++}, {@code ++i}, {@code i += 1}. */
    private static Optional<String> steppedUp(Expression update) {
        if (update instanceof UnaryExpr unary && unary.getExpression() instanceof NameExpr name
                && (unary.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
                || unary.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT)) {
            return Optional.of(name.getNameAsString());
        }
        if (update instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.PLUS
                && assign.getTarget() instanceof NameExpr name && assign.getValue() instanceof IntegerLiteralExpr one
                && one.getValue().equals("1")) {
            return Optional.of(name.getNameAsString());
        }
        return Optional.empty();
    }

    /** The start value of {@code index} declared in a loop's initialisation ({@code int i = 0}). */
    private static Optional<Expression> start(NodeList<Expression> initialization, String index) {
        for (Expression init : initialization) {
            if (init instanceof VariableDeclarationExpr declaration) {
                for (VariableDeclarator variable : declaration.getVariables()) {
                    if (variable.getNameAsString().equals(index) && variable.getType().asString().equals("int")) {
                        return variable.getInitializer();
                    }
                }
            } else if (init instanceof AssignExpr assign && assign.getTarget() instanceof NameExpr name
                    && name.getNameAsString().equals(index) && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
                return Optional.of(assign.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * The start value of a local {@code index} declared in the statements before
     * {@code statement} in its block, when none of the statements between mentions it.
     */
    private static Optional<Expression> declaredBefore(Statement statement, String index) {
        if (!(statement.getParentNode().orElse(null) instanceof BlockStmt block)) {
            return Optional.empty();
        }
        for (int at = block.getStatements().indexOf(statement) - 1; at >= 0; at--) {
            Statement previous = block.getStatement(at);
            if (previous instanceof ExpressionStmt e && e.getExpression() instanceof VariableDeclarationExpr declaration
                    && declaration.getVariables().stream().anyMatch(v -> v.getNameAsString().equals(index))) {
                return start(NodeList.nodeList(declaration), index);
            }
            if (previous.findFirst(NameExpr.class, n -> n.getNameAsString().equals(index)).isPresent()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isZero(Expression expression) {
        return expression instanceof IntegerLiteralExpr literal && literal.getValue().equals("0");
    }

    private static Expression unwrap(Expression expression) {
        Expression e = expression;
        while (e instanceof EnclosedExpr enclosed) {
            e = enclosed.getInner();
        }
        return e;
    }

    private static String text(Node node) {
        String written = node.toString();
        return written.startsWith("this.") ? written.substring(5) : written;
    }
}
