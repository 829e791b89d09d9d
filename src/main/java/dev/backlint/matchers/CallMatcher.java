package dev.backlint.matchers;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.backlint.api.RuleContext;
import dev.backlint.resolve.Scopes;
import java.util.Collection;
import java.util.Set;

/**
 * Calls of some methods: by name first (free), then by what the call is made on. An
 * instance call's receiver must be of one of the types ({@link TypeMatcher}); a static
 * call's qualifier must name the owning class as the file's imports read it (or a static
 * import must bring the method in). Declared once as a constant, or made from a row of a
 * table in {@code models/}.
 */
public final class CallMatcher {

    private final Set<String> names;
    private final TypeMatcher receivers;
    private final String staticOwner;

    private CallMatcher(Collection<String> names, TypeMatcher receivers, String staticOwner) {
        this.names = Set.copyOf(names);
        this.receivers = receivers;
        this.staticOwner = staticOwner;
    }

    /** Calls of {@code names} on a value of one of {@code receiverTypes}. */
    public static CallMatcher instance(Collection<String> receiverTypes, Collection<String> names) {
        return new CallMatcher(names, TypeMatcher.of(receiverTypes), null);
    }

    public static CallMatcher instance(String receiverType, String... names) {
        return instance(Set.of(receiverType), Set.of(names));
    }

    /** Static calls of {@code names} of the class {@code owner} (qualified name). */
    public static CallMatcher staticCall(String owner, Collection<String> names) {
        return new CallMatcher(names, TypeMatcher.of(owner), owner);
    }

    public static CallMatcher staticCall(String owner, String... names) {
        return staticCall(owner, Set.of(names));
    }

    /** The method names matched: the cheap first test. */
    public Set<String> names() {
        return names;
    }

    /** Whether the call has one of the names; nothing else is looked at. */
    public boolean hasName(MethodCallExpr call) {
        return names.contains(call.getNameAsString());
    }

    /** Whether the call is one of these methods on one of these types, the name tested first. */
    public boolean matches(MethodCallExpr call, RuleContext context) {
        if (!hasName(call)) {
            return false;
        }
        if (staticOwner != null) {
            return isStaticCallOf(call, context);
        }
        return call.getScope().filter(scope -> !scope.isSuperExpr() && !scope.isThisExpr())
                .map(scope -> receivers.matches(scope, context)).orElse(false);
    }

    private boolean isStaticCallOf(MethodCallExpr call, RuleContext context) {
        if (call.getScope().isEmpty()) {
            String member = staticOwner + "." + call.getNameAsString();
            return context.compilationUnit().getImports().stream().anyMatch(declaration -> declaration.isStatic()
                    && (declaration.getNameAsString().equals(member)
                    || declaration.isAsterisk() && declaration.getNameAsString().equals(staticOwner)));
        }
        Expression scope = call.getScope().get();
        if (scope instanceof NameExpr name) {
            // a variable of that name hides the class
            return Scopes.of(name).isEmpty() && receivers.matchesName(name.getNameAsString(), context);
        }
        return scope instanceof FieldAccessExpr access && access.toString().equals(staticOwner);
    }
}
