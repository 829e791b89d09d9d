package dev.backlint.matchers;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chains of calls, each made on the result of the one before: builders
 * ({@code HttpClient.newBuilder().connectTimeout(d).build()}) and fluent appends
 * ({@code sb.append(a).append(b)}).
 */
public final class Chains {

    private Chains() {
    }

    /**
     * The expression a chain starts from: {@code sb} in {@code sb.append(a).append(b)},
     * {@code HttpClient} in {@code HttpClient.newBuilder().build()}; empty for a chain that
     * starts with an unqualified call.
     */
    public static Optional<Expression> root(MethodCallExpr call) {
        Optional<Expression> scope = call.getScope();
        while (scope.isPresent() && unwrap(scope.get()) instanceof MethodCallExpr inner) {
            scope = inner.getScope();
        }
        return scope.map(Chains::unwrap);
    }

    /** The calls of the chain that ends with {@code call}, from the first to {@code call}. */
    public static List<MethodCallExpr> calls(MethodCallExpr call) {
        List<MethodCallExpr> calls = new ArrayList<>();
        Expression current = call;
        while (current instanceof MethodCallExpr link) {
            calls.add(0, link);
            current = link.getScope().map(Chains::unwrap).orElse(null);
        }
        return calls;
    }

    /** Whether the chain that ends with {@code call} starts with a call {@code start} matches. */
    public static boolean startsWith(MethodCallExpr call, CallMatcher start, dev.backlint.api.RuleContext context) {
        List<MethodCallExpr> calls = calls(call);
        return !calls.isEmpty() && start.matches(calls.get(0), context);
    }

    /** Whether a call of the chain that ends with {@code call} has one of {@code names}. */
    public static boolean anyNamed(MethodCallExpr call, java.util.Set<String> names) {
        return calls(call).stream().anyMatch(link -> names.contains(link.getNameAsString()));
    }

    /**
     * The last call of the chain {@code call} is part of: the outermost call made on the
     * result of {@code call}, through parentheses.
     */
    public static MethodCallExpr end(MethodCallExpr call) {
        MethodCallExpr end = call;
        Node parent = call.getParentNode().orElse(null);
        while (parent != null) {
            if (parent instanceof EnclosedExpr) {
                parent = parent.getParentNode().orElse(null);
                continue;
            }
            if (parent instanceof MethodCallExpr outer && outer.getScope().isPresent()
                    && unwrap(outer.getScope().get()) == end) {
                end = outer;
                parent = outer.getParentNode().orElse(null);
                continue;
            }
            break;
        }
        return end;
    }

    private static Expression unwrap(Expression expression) {
        return TypeMatcher.unwrap(expression);
    }
}
