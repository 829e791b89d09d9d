package dev.backlint.flow.futures;

import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.Optional;

/**
 * Which calls hand back a future or a Reactor publisher: the JDK's, Guava's, Spring's and
 * Reactor's, and the methods of the scanned sources by their declared return types. Rules
 * get it with {@code context.analysis(FutureKinds.class)} after declaring
 * {@code checks.uses(FutureKinds.class)}.
 */
public interface FutureKinds {

    /** What the call hands back, when it is a future or a publisher. */
    Optional<FutureCalls.Kind> of(MethodCallExpr call);
}
