package dev.backlint.flow.timeouts;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.backlint.api.RuleContext;
import dev.backlint.matchers.CallMatcher;
import dev.backlint.matchers.Chains;
import dev.backlint.models.HttpClients;
import dev.backlint.resolve.Scopes;
import java.util.Optional;

/**
 * OkHttp's timeouts are finite unless the code sets one to zero: {@code readTimeout(0,
 * SECONDS)}, {@code connectTimeout(Duration.ZERO)}. Such a call on an
 * {@code OkHttpClient.Builder} is what is reported.
 */
public final class ZeroTimeouts {

    private static final CallMatcher ON_BUILDER = CallMatcher.instance(java.util.Set.of(HttpClients.OKHTTP_BUILDER),
            HttpClients.OKHTTP_TIMEOUTS);

    private ZeroTimeouts() {
    }

    /** Whether {@code call} sets an OkHttp builder's connect, read or write timeout to zero. */
    public static boolean isZeroOnOkHttp(MethodCallExpr call, RuleContext context) {
        if (call.getArguments().isEmpty() || !Configured.disables(call.getArguments().get(0))
                || call.getScope().isEmpty()) {
            return false;
        }
        Optional<Expression> root = Chains.root(call);
        if (root.orElse(null) instanceof ObjectCreationExpr creation) {
            String type = creation.getType().asString();
            return type.equals("OkHttpClient.Builder") || type.equals("okhttp3.OkHttpClient.Builder")
                    || type.equals("Builder") && importsOkHttp(context);
        }
        if (root.orElse(null) instanceof NameExpr name) {
            Optional<String> written = Scopes.of(name).flatMap(Scopes.Declaration::writtenType).map(Object::toString);
            if (written.filter(t -> t.endsWith("OkHttpClient.Builder")).isPresent()) {
                return true;
            }
        }
        if (Chains.calls(call).get(0).getNameAsString().equals("newBuilder") && importsOkHttp(context)) {
            return true;
        }
        return ON_BUILDER.matches(call, context);
    }

    private static boolean importsOkHttp(RuleContext context) {
        return context.compilationUnit().getImports().stream()
                .anyMatch(i -> i.getNameAsString().startsWith("okhttp3"));
    }
}
