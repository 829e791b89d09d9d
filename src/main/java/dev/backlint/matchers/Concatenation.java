package dev.backlint.matchers;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import java.util.ArrayList;
import java.util.List;

/** Text joined with {@code +}: its pieces in order, through parentheses. */
public final class Concatenation {

    private Concatenation() {
    }

    /** The pieces of {@code expression}: itself alone when it is not a {@code +}. */
    public static List<Expression> pieces(Expression expression) {
        List<Expression> pieces = new ArrayList<>();
        collect(expression, pieces);
        return pieces;
    }

    private static void collect(Expression expression, List<Expression> pieces) {
        Expression inner = TypeMatcher.unwrap(expression);
        if (inner instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            collect(binary.getLeft(), pieces);
            collect(binary.getRight(), pieces);
        } else {
            pieces.add(inner);
        }
    }

    /** Whether {@code node} is a piece of a larger {@code +} (through parentheses). */
    public static boolean isInsideConcatenation(Node node) {
        Node parent = node.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr) {
            parent = parent.getParentNode().orElse(null);
        }
        return parent instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS;
    }
}
