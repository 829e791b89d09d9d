package dev.backlint.flow.constants;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import dev.backlint.flow.Budget;
import dev.backlint.flow.ControlFlow;
import dev.backlint.resolve.Body;
import dev.backlint.resolve.Scopes;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The definitions of one local variable that reach its uses: its declaration, the
 * assignments and the increments met on some path from the declaration to a use with no
 * plain assignment after them (see {@link ControlFlow} for the paths followed). One walk
 * of the body answers every use of the variable.
 */
final class Definitions extends ControlFlow<Set<Node>> {

    private static final int MAX_STEPS = 20_000;
    private static final Set<UnaryExpr.Operator> STEPS = java.util.EnumSet.of(UnaryExpr.Operator.PREFIX_INCREMENT,
            UnaryExpr.Operator.PREFIX_DECREMENT, UnaryExpr.Operator.POSTFIX_INCREMENT, UnaryExpr.Operator.POSTFIX_DECREMENT);

    private final VariableDeclarator declarator;
    private final String name;

    private Definitions(Body body, VariableDeclarator declarator, ConstantEvaluator constants) {
        super(body, constants, new Budget(MAX_STEPS));
        this.declarator = declarator;
        this.name = declarator.getNameAsString();
        this.state = newSet();
    }

    /**
     * For each use of {@code declarator}'s variable in its body, the definitions that reach
     * it; a use control never reaches is absent. Empty when that cannot be told (the work
     * bound, a local outside any body).
     */
    static Optional<Map<NameExpr, Set<Node>>> reaching(VariableDeclarator declarator, ConstantEvaluator constants) {
        Optional<Body> body = Body.enclosing(declarator);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        List<NameExpr> uses = body.get().node().findAll(NameExpr.class,
                use -> use.getNameAsString().equals(declarator.getNameAsString()));
        Definitions definitions = new Definitions(body.get(), declarator, constants);
        definitions.run(uses);
        if (!definitions.complete()) {
            return Optional.empty();
        }
        Map<NameExpr, Set<Node>> found = new IdentityHashMap<>();
        for (NameExpr use : uses) {
            Set<Node> reaching = definitions.at(use);
            if (reaching != null) {
                found.put(use, reaching);
            }
        }
        return Optional.of(found);
    }

    private static Set<Node> newSet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    @Override
    protected Set<Node> copy(Set<Node> from) {
        Set<Node> copy = newSet();
        copy.addAll(from);
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
            state = newSet();
            state.add(node);
        } else if (node instanceof AssignExpr assign && isMine(assign.getTarget())) {
            if (assign.getOperator() == AssignExpr.Operator.ASSIGN) {
                state = newSet();
            }
            state.add(assign);
        } else if (node instanceof UnaryExpr unary && STEPS.contains(unary.getOperator()) && isMine(unary.getExpression())) {
            state.add(unary);
        }
    }

    private boolean isMine(Expression target) {
        return target instanceof NameExpr name && name.getNameAsString().equals(this.name)
                && Scopes.of(name).filter(found -> found.node() == declarator).isPresent();
    }

    @Override
    protected void eachElement(ForEachStmt loop) {
        if (loop.getVariable().getVariables().stream().anyMatch(variable -> variable == declarator)) {
            state = newSet();
            state.add(loop);
        }
    }
}
