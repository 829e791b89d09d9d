package dev.backlint.flow.constants;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.IfStmt;
import java.util.Optional;

/** Code that cannot run: a branch whose condition folds to the other constant. */
public final class DeadCode {

    private DeadCode() {
    }

    /**
     * Whether {@code node} sits in {@code if (false) …}, in the else of {@code if (true)},
     * or the same with any condition the evaluator folds, below {@code within}.
     */
    public static boolean isDead(Node node, Node within, ConstantEvaluator constants) {
        Node child = node;
        for (Node parent = node.getParentNode().orElse(null); parent != null && parent != within;
                child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof IfStmt ifStmt && child != ifStmt.getCondition()) {
                Optional<Object> condition = constants.value(ifStmt.getCondition());
                if (condition.isPresent() && condition.get() instanceof Boolean taken
                        && (child == ifStmt.getThenStmt()) != taken) {
                    return true;
                }
            }
        }
        return false;
    }
}
