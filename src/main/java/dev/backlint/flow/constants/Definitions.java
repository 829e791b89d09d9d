package dev.backlint.flow.constants;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import dev.backlint.flow.ControlFlow;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The definitions of one local variable that may reach a use of it: its declaration,
 * the assignments and the increments met on some path from the declaration to the use
 * with no plain assignment after them (see {@link ControlFlow} for the paths followed).
 */
final class Definitions extends ControlFlow<Set<Node>> {

    private static final int MAX_STEPS = 20_000;
    private static final Set<UnaryExpr.Operator> STEPS = java.util.EnumSet.of(UnaryExpr.Operator.PREFIX_INCREMENT,
            UnaryExpr.Operator.PREFIX_DECREMENT, UnaryExpr.Operator.POSTFIX_INCREMENT, UnaryExpr.Operator.POSTFIX_DECREMENT);

    private final VariableDeclarator declarator;
    private final String name;
    private Set<Node> reaching = newSet();
    private int steps = MAX_STEPS;

    private Definitions(CallableDeclaration<?> method, VariableDeclarator declarator, ConstantEvaluator constants) {
        super(method, constants);
        this.declarator = declarator;
        this.name = declarator.getNameAsString();
    }

    /**
     * The definitions of {@code declarator}'s variable that reach {@code use}; empty
     * when that cannot be told (the work bound, a local outside a method, or a use
     * control never reaches).
     */
    static Optional<Set<Node>> reaching(NameExpr use, VariableDeclarator declarator, ConstantEvaluator constants) {
        Optional<CallableDeclaration> method = declarator.findAncestor(CallableDeclaration.class);
        if (method.isEmpty() || !method.get().isAncestorOf(use)) {
            return Optional.empty();
        }
        Definitions definitions = new Definitions((CallableDeclaration<?>) method.get(), declarator, constants);
        definitions.run(List.of(use));
        Set<Node> found = definitions.at(use);
        return definitions.steps < 0 || found == null ? Optional.empty() : Optional.of(found);
    }

    private static Set<Node> newSet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    @Override
    protected Set<Node> current() {
        return reaching;
    }

    @Override
    protected void current(Set<Node> state) {
        reaching = state;
    }

    @Override
    protected Set<Node> copy(Set<Node> state) {
        Set<Node> copy = newSet();
        copy.addAll(state);
        return copy;
    }

    @Override
    protected Set<Node> join(Set<Node> a, Set<Node> b) {
        Set<Node> joined = copy(a);
        joined.addAll(b);
        return joined;
    }

    @Override
    protected boolean same(Set<Node> a, Set<Node> b) {
        return a.equals(b);
    }

    @Override
    protected void effect(Node node) {
        if (node == declarator) {
            reaching = newSet();
            reaching.add(node);
        } else if (node instanceof AssignExpr assign && assign.getTarget() instanceof NameExpr target
                && target.getNameAsString().equals(name)) {
            if (assign.getOperator() == AssignExpr.Operator.ASSIGN) {
                reaching = newSet();
            }
            reaching.add(assign);
        } else if (node instanceof UnaryExpr unary && unary.getExpression() instanceof NameExpr target
                && target.getNameAsString().equals(name) && STEPS.contains(unary.getOperator())) {
            reaching.add(unary);
        }
    }

    @Override
    protected void eachElement(ForEachStmt loop) {
        if (loop.getVariable().getVariables().stream().anyMatch(variable -> variable == declarator)) {
            reaching = newSet();
            reaching.add(loop);
        }
    }

    @Override
    protected boolean tick() {
        return --steps >= 0;
    }
}
