package dev.backlint.flow.nullness;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.backlint.resolve.Body;
import java.util.List;

/**
 * Where a body takes an Optional's value without a check that it is present. Rules get it
 * with {@code context.analysis(Optionals.class)} after declaring {@code checks.uses(Optionals.class)}.
 */
public interface Optionals {

    /**
     * The {@code get()}, {@code getAsInt()}, {@code getAsLong()} and {@code getAsDouble()}
     * calls of the body on an Optional that no check proved present; empty past the bound.
     * Ask it of a body that may hold one ({@link #mayBeGet}): the flow is run whatever the
     * body holds.
     */
    List<MethodCallExpr> uncheckedGets(Body body);

    /**
     * Whether a call may be an Optional's {@code get()} (or {@code getAsInt()}, …): the free
     * first test, from the syntax alone. A receiver declared with another type
     * ({@code Supplier<T> s}) rules it out.
     */
    /** The names of Optional's getters: the calls {@link #mayBeGet} may accept. */
    static java.util.Set<String> getterNames() {
        return OptionalFlow.GETTERS;
    }

    static boolean mayBeGet(MethodCallExpr call) {
        return OptionalFlow.mayBeGet(call);
    }
}
