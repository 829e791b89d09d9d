package dev.backlint.flow.taint;

import com.github.javaparser.ast.expr.Expression;
import dev.backlint.api.RuleContext.Related;
import dev.backlint.models.TaintSpec;
import java.util.List;
import java.util.Optional;

/**
 * Where data of a kind that a {@link TaintSpec} describes reaches an expression: within
 * the method, along the paths control can take, and through the methods it calls (their
 * summaries, within the file and across the scanned files). Rules get it with
 * {@code context.analysis(Taint.class)} after declaring {@code checks.uses(Taint.class)}.
 */
public interface Taint {

    /**
     * The steps by which the spec's data reaches {@code expression}, source first; empty
     * when it does not, or when that cannot be told within the work bound.
     */
    Optional<List<Related>> reaching(Expression expression, TaintSpec spec);
}
