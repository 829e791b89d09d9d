package dev.backlint.flow.nullness;

import com.github.javaparser.ast.Node;
import dev.backlint.api.RuleContext.Related;
import dev.backlint.resolve.Body;
import java.util.List;

/**
 * Where a body dereferences a value that may be null on some path with no check that
 * rules it out. Rules get it with {@code context.analysis(Nullness.class)} after declaring
 * {@code checks.uses(Nullness.class)}.
 */
public interface Nullness {

    /**
     * A dereference found.
     *
     * @param at      the dereferencing expression (the call, the field access, the unboxed value…)
     * @param source  where the null comes from: the call, parameter or field, for a related location
     * @param message what may be null and why, and what is dereferenced, in a sentence whose
     *                source reference is {@code [..](1)}
     */
    record Dereference(Node at, Related source, String message) {
    }

    /** The dereferences of maybe-null values in the body; empty when the walk ran past its bound. */
    List<Dereference> dereferences(Body body);

}
