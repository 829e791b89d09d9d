package dev.backlint.rules.security;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.backlint.api.RuleContext;
import dev.backlint.matchers.TypeMatcher;
import dev.backlint.resolve.Scopes;
import java.util.Collection;
import java.util.Optional;

/**
 * What a call is made on, for library types whose values come from fluent chains: the
 * receiver's type as the {@link TypeMatcher} reads it, else the class of the static factory
 * the chain starts from ({@code Jwts.builder()…signWith(..)} is made on a JWT builder even
 * where the library's jar is missing).
 */
final class Receivers {

    private static final String HTTP_HEADERS = "org.springframework.http.HttpHeaders";
    /** Spring's calls that hand a lambda the request's {@code HttpHeaders}. */
    private static final java.util.Set<String> HEADER_CONSUMERS = java.util.Set.of("headers", "defaultHeaders");

    private Receivers() {
    }

    /**
     * Whether the call is made on a value of one of {@code types}, or on a chain that starts
     * with a static call of a class of {@code factories}.
     */
    static boolean madeOn(MethodCallExpr call, TypeMatcher types, Collection<String> factories, RuleContext context) {
        Optional<Expression> scope = call.getScope();
        if (scope.isEmpty() || scope.get().isThisExpr() || scope.get().isSuperExpr()) {
            return false;
        }
        if (!factories.isEmpty()) {
            Optional<String> root = chainRoot(call);
            if (root.isPresent() && factories.stream().anyMatch(f -> context.resolver().mayImport(root.get(), f))) {
                return true;
            }
        }
        if (types.matches(scope.get(), context)) {
            return true;
        }
        // a lambda's parameter of no written type: by the file's imports, or Spring's headers(h -> …)
        if (!(scope.get() instanceof NameExpr name) || Scopes.of(name)
                .filter(d -> d.kind() == Scopes.Kind.PARAMETER && d.writtenType().isEmpty()).isEmpty()) {
            return false;
        }
        if (types.types().stream().anyMatch(t -> imports(context, t))) {
            return true;
        }
        return types.types().contains(HTTP_HEADERS) && name.findAncestor(LambdaExpr.class)
                .flatMap(lambda -> lambda.getParentNode()).filter(MethodCallExpr.class::isInstance)
                .map(p -> HEADER_CONSUMERS.contains(((MethodCallExpr) p).getNameAsString())).orElse(false);
    }

    private static boolean imports(RuleContext context, String qualified) {
        return context.compilationUnit().getImports().stream()
                .anyMatch(i -> !i.isStatic() && !i.isAsterisk() && i.getNameAsString().equals(qualified));
    }

    /** The class a call chain starts from with a static call ({@code Jwts} of {@code Jwts.parser().build()}). */
    static Optional<String> chainRoot(MethodCallExpr call) {
        Expression current = call;
        while (current instanceof MethodCallExpr inner && inner.getScope().isPresent()) {
            current = inner.getScope().get();
        }
        if (current != call && current instanceof NameExpr name && Scopes.of(name).isEmpty()
                && !name.getNameAsString().isEmpty() && Character.isUpperCase(name.getNameAsString().charAt(0))) {
            return Optional.of(name.getNameAsString());
        }
        return Optional.empty();
    }
}
