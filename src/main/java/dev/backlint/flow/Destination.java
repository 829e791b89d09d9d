package dev.backlint.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;

/**
 * Where a value goes: the node that takes it ({@code parent}) and the expression it arrives
 * as ({@code child}), past parentheses, casts and the arms of a conditional, which pass it on
 * unchanged.
 */
public record Destination(Node child, Node parent) {

    public static Destination of(Expression value) {
        Node child = value;
        Node parent = value.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr || parent instanceof CastExpr
                || parent instanceof ConditionalExpr conditional && conditional.getCondition() != child) {
            child = parent;
            parent = parent.getParentNode().orElse(null);
        }
        return new Destination(child, parent);
    }
}
