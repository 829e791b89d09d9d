package dev.backlint.flow.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The names of a body that may hold tainted data, read without regard to order or paths:
 * the seeds, and every variable assigned (or appended to, or iterated from) an expression
 * that names one of them or holds a source. A cheap over-approximation that tells which
 * calls cannot receive tainted data, so that the flow is walked only where one may.
 */
final class TaintedNames {

    private static final int MAX_ROUNDS = 6;

    private final Set<String> names;
    private final Predicate<Expression> source;

    private TaintedNames(Set<String> names, Predicate<Expression> source) {
        this.names = names;
        this.source = source;
    }

    /** The names of {@code body} that may hold data from {@code seeds} or from expressions {@code source} accepts. */
    static TaintedNames of(Node body, Set<String> seeds, Predicate<Expression> source) {
        TaintedNames tainted = new TaintedNames(new HashSet<>(seeds), source);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int before = tainted.names.size();
            body.walk(node -> {
                if (node instanceof VariableDeclarator declarator && declarator.getInitializer().isPresent()
                        && tainted.mentions(declarator.getInitializer().get())) {
                    tainted.names.add(declarator.getNameAsString());
                } else if (node instanceof AssignExpr assign && tainted.mentions(assign.getValue())
                        && (assign.getTarget() instanceof NameExpr || assign.getTarget() instanceof FieldAccessExpr)) {
                    tainted.names.add(assign.getTarget() instanceof NameExpr target ? target.getNameAsString()
                            : ((FieldAccessExpr) assign.getTarget()).getNameAsString());
                } else if (node instanceof MethodCallExpr call && !call.getArguments().isEmpty()
                        && dev.backlint.resolve.Expressions.chainRoot(call) instanceof NameExpr target && call.getArguments().stream().anyMatch(tainted::mentions)) {
                    tainted.names.add(target.getNameAsString()); // sb.append(x), sb.append(y).append(x), map.put(k, x)
                } else if (node instanceof ForEachStmt loop && tainted.mentions(loop.getIterable())) {
                    loop.getVariable().getVariables().forEach(v -> tainted.names.add(v.getNameAsString()));
                }
            });
            if (tainted.names.size() == before) {
                break;
            }
        }
        return tainted;
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    /** Whether the expression names a tainted variable or holds a source. */
    boolean mentions(Expression expression) {
        if (expression instanceof NameExpr name) {
            return names.contains(name.getNameAsString());
        }
        if (source.test(expression)) {
            return true;
        }
        return expression.findFirst(Expression.class, inner -> inner instanceof NameExpr name
                && names.contains(name.getNameAsString()) || inner instanceof FieldAccessExpr field
                && names.contains(field.getNameAsString()) || source.test(inner)).isPresent();
    }
}
