package dev.backlint.flow.taint;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.backlint.api.FlowStep;
import dev.backlint.api.Location;
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

    /**
     * The SQL sinks of the scanned sources that the spec's data reaches through {@code call}:
     * an argument carries the data into a parameter of the callee whose value reaches the
     * query text of a sink there, or through the methods it calls (across files, through
     * injected fields and through interfaces whose implementations are scanned). Each with
     * the path from the source, through the call, to the sink.
     */
    List<SinkThrough> sinksThrough(MethodCallExpr call, TaintSpec spec);

    /**
     * A sink reached through a call.
     *
     * @param sink       the sink call, in its file
     * @param suppressed whether an in-source suppression covers the rule there
     * @param method     the sink method's name
     * @param source     the first step: where the data enters
     * @param flow       every step, source first and the sink last
     */
    record SinkThrough(Location sink, boolean suppressed, String method, String source, List<FlowStep> flow) {

        public SinkThrough {
            flow = List.copyOf(flow);
        }
    }
}
