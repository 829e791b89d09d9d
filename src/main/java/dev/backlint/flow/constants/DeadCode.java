package dev.backlint.flow.constants;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import java.util.Optional;

/**
 * Code that cannot run: a branch of an {@code if} whose condition folds to the other
 * constant, or a case of a {@code switch} on a constant that control never reaches.
 */
public final class DeadCode {

    private DeadCode() {
    }

    /**
     * Whether {@code node} sits in {@code if (false) …}, in the else of {@code if (true)},
     * or the same with any condition the evaluator folds, below {@code within}.
     */
    public static boolean isDead(Node node, Node within, dev.backlint.api.Constants constants) {
        Node child = node;
        for (Node parent = node.getParentNode().orElse(null); parent != null && parent != within;
                child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof SwitchEntry entry && entry.getParentNode().orElse(null) instanceof SwitchStmt switchStmt
                    && deadCase(switchStmt, entry, constants)) {
                return true;
            }
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

    /**
     * A case of a {@code switch} on a constant that control never reaches: before the
     * matching label, or after a case that leaves the switch (no fall-through into it).
     */
    private static boolean deadCase(SwitchStmt switchStmt, SwitchEntry entry, dev.backlint.api.Constants constants) {
        Optional<Object> selector = constants.value(switchStmt.getSelector());
        if (selector.isEmpty()) {
            return false;
        }
        java.util.List<SwitchEntry> entries = switchStmt.getEntries();
        int matching = -1;
        for (int i = 0; i < entries.size() && matching < 0; i++) {
            for (com.github.javaparser.ast.expr.Expression label : entries.get(i).getLabels()) {
                Optional<Object> value = constants.value(label);
                if (value.isEmpty()) {
                    return false; // a label we cannot fold: assume any case may run
                }
                if (value.get().equals(selector.get())) {
                    matching = i;
                }
            }
        }
        if (matching < 0) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).getLabels().isEmpty()) {
                    matching = i;
                }
            }
        }
        int index = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == entry) {
                index = i;
            }
        }
        if (matching < 0 || index < matching) {
            return true;
        }
        for (int i = matching; i < index; i++) {
            if (leaves(entries.get(i)) || entries.get(i).getType() != SwitchEntry.Type.STATEMENT_GROUP) {
                return true;
            }
        }
        return false;
    }

    private static boolean leaves(SwitchEntry entry) {
        return entry.getStatements().stream().anyMatch(statement -> statement.isBreakStmt()
                || statement.isReturnStmt() || statement.isThrowStmt() || statement.isContinueStmt()
                || statement.isYieldStmt());
    }
}
