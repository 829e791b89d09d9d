package dev.backlint.flow.nullness;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.backlint.models.NullSources;
import java.util.List;
import java.util.Optional;

/**
 * Methods of the scanned sources that check an argument for null: those whose body starts
 * by throwing when it is null (or asserting that it is not), and those that return a test
 * of it ({@code return value != null && !value.isBlank();}). Read from the method's own
 * body, so that a call from any file can rely on them.
 */
final class Checks {

    /** Member keys of {@link NullableMembers}: {@code ensures:name/arity:index} and the like. */
    static final String ENSURES = "ensures:";
    static final String WHEN_TRUE = "true:";
    static final String WHEN_FALSE = "false:";
    static final String ASSERTS = "asserts:";

    private Checks() {
    }

    /** Whether the method throws, before anything else, when its parameter {@code index} is null. */
    static boolean ensuresNonNull(MethodDeclaration method, int index) {
        String parameter = method.getParameter(index).getNameAsString();
        for (Statement statement : method.getBody().get().getStatements()) {
            if (statement instanceof IfStmt ifStmt && ifStmt.getElseStmt().isEmpty()
                    && nullWhenTrue(ifStmt.getCondition(), parameter) && throwsOnly(ifStmt.getThenStmt())) {
                return true;
            }
            if (statement instanceof ExpressionStmt expression && expression.getExpression() instanceof MethodCallExpr call
                    && isAssertion(call) && !call.getArguments().isEmpty()
                    && call.getArgument(0).toString().equals(parameter)) {
                return true;
            }
            if (!(statement instanceof IfStmt) && !(statement instanceof ExpressionStmt)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the method throws, before anything else, when its boolean parameter {@code index} is false. */
    static boolean assertsTrue(MethodDeclaration method, int index) {
        if (!method.getParameter(index).getType().asString().equals("boolean")) {
            return false;
        }
        String parameter = method.getParameter(index).getNameAsString();
        for (Statement statement : method.getBody().get().getStatements()) {
            if (statement instanceof IfStmt ifStmt && ifStmt.getElseStmt().isEmpty()
                    && unwrap(ifStmt.getCondition()) instanceof com.github.javaparser.ast.expr.UnaryExpr not
                    && not.getOperator() == com.github.javaparser.ast.expr.UnaryExpr.Operator.LOGICAL_COMPLEMENT
                    && isName(not.getExpression(), parameter) && throwsOnly(ifStmt.getThenStmt())) {
                return true;
            }
            if (statement instanceof ExpressionStmt expression && expression.getExpression() instanceof MethodCallExpr call
                    && !call.getArguments().isEmpty() && isName(call.getArgument(0), parameter)
                    && NullSources.CONDITION_ASSERTIONS.contains(call.getScope().map(Expression::toString)
                    .map(scope -> scope.substring(scope.lastIndexOf('.') + 1)).orElse("") + "." + call.getNameAsString())) {
                return true; // Assert.state(present, ..)
            }
            if (!(statement instanceof IfStmt) && !(statement instanceof ExpressionStmt)) {
                return false;
            }
        }
        return false;
    }

    /**
     * When the method's body is {@code return <test>;}, the outcome of the test that proves
     * parameter {@code index} not null: {@code true} for {@code p != null && …}, {@code false}
     * for {@code p == null || …}.
     */
    static Optional<Boolean> nonNullWhen(MethodDeclaration method, int index) {
        List<Statement> statements = method.getBody().get().getStatements();
        if (statements.size() != 1 || !(statements.get(0) instanceof ReturnStmt ret) || ret.getExpression().isEmpty()) {
            return Optional.empty();
        }
        String parameter = method.getParameter(index).getNameAsString();
        Expression test = unwrap(ret.getExpression().get());
        if (conjunct(test, parameter, BinaryExpr.Operator.AND, BinaryExpr.Operator.NOT_EQUALS)) {
            return Optional.of(true);
        }
        if (conjunct(test, parameter, BinaryExpr.Operator.OR, BinaryExpr.Operator.EQUALS)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** {@code p <comparison> null} itself, or as an operand of a chain of {@code joiner}. */
    private static boolean conjunct(Expression test, String parameter, BinaryExpr.Operator joiner,
                                    BinaryExpr.Operator comparison) {
        Expression inner = unwrap(test);
        if (inner instanceof BinaryExpr binary && binary.getOperator() == joiner) {
            return conjunct(binary.getLeft(), parameter, joiner, comparison)
                    || conjunct(binary.getRight(), parameter, joiner, comparison);
        }
        return inner instanceof BinaryExpr binary && binary.getOperator() == comparison
                && (isName(binary.getLeft(), parameter) && binary.getRight().isNullLiteralExpr()
                || isName(binary.getRight(), parameter) && binary.getLeft().isNullLiteralExpr());
    }

    /** {@code p == null}, or {@code p == null || …}: true whenever p is null. */
    private static boolean nullWhenTrue(Expression condition, String parameter) {
        return conjunct(condition, parameter, BinaryExpr.Operator.OR, BinaryExpr.Operator.EQUALS);
    }

    private static boolean throwsOnly(Statement statement) {
        return statement instanceof ThrowStmt || statement.isBlockStmt()
                && statement.asBlockStmt().getStatements().stream().anyMatch(Statement::isThrowStmt);
    }

    private static boolean isAssertion(MethodCallExpr call) {
        String scope = call.getScope().map(Expression::toString).orElse("");
        String simple = scope.substring(scope.lastIndexOf('.') + 1);
        return NullSources.NON_NULL_ASSERTIONS.contains(simple + "." + call.getNameAsString());
    }

    private static boolean isName(Expression expression, String name) {
        return unwrap(expression) instanceof NameExpr n && n.getNameAsString().equals(name);
    }

    private static Expression unwrap(Expression expression) {
        Expression inner = expression;
        while (inner instanceof EnclosedExpr enclosed) {
            inner = enclosed.getInner();
        }
        return inner;
    }
}
