package dev.backlint.flow.taint;

import com.github.javaparser.ast.expr.LambdaExpr;
import dev.backlint.resolve.Body;
import java.util.ArrayList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import dev.backlint.api.AnalysisProvider;
import dev.backlint.api.FactKind;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleContext.Related;
import dev.backlint.matchers.TypeMatcher;
import dev.backlint.models.TaintSpec;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The taint analysis of one file: summaries of its methods are kept for all its questions. */
final class TaintAnalysis implements Taint {

    private final RuleContext context;
    private final Map<TaintSpec, Map<MethodDeclaration, Map<Integer, Boolean>>> summaries = new IdentityHashMap<>();

    private TaintAnalysis(RuleContext context) {
        this.context = context;
    }

    /**
     * The body around {@code expression} is analysed; a lambda's body starts from the state
     * where the lambda is created in the body around it, so that what it captures carries
     * what it carried there.
     */
    @Override
    public Optional<List<Related>> reaching(Expression expression, TaintSpec spec) {
        List<Body> bodies = new ArrayList<>();
        for (Optional<Body> body = Body.enclosing(expression); body.isPresent(); body = Body.enclosing(body.get().node())) {
            bodies.add(0, body.get());
            if (!(body.get().node() instanceof LambdaExpr)) {
                break;
            }
        }
        if (bodies.isEmpty()) {
            return Optional.empty();
        }
        TaintFlow.Shared shared = new TaintFlow.Shared(summaries.computeIfAbsent(spec, k -> new IdentityHashMap<>()));
        TaintState entry = null;
        for (int i = 0; i < bodies.size() - 1; i++) {
            entry = flow(bodies.get(i), spec, shared).stateAt(bodies.get(i + 1).node(), entry);
            if (entry == null || !shared.withinBound()) {
                return Optional.empty();
            }
        }
        return flow(bodies.get(bodies.size() - 1), spec, shared).reaching(expression, entry);
    }

    private TaintFlow flow(Body body, TaintSpec spec, TaintFlow.Shared shared) {
        return new TaintFlow(context.constants(), context.project(), spec,
                scope -> TypeMatcher.of(spec.sourceReceivers()).matches(scope, context), body, shared);
    }

    /** Makes the taint analysis of each file; it reads the pass-through summaries of other files. */
    public static final class Provider implements AnalysisProvider<Taint> {

        @Override
        public Class<Taint> type() {
            return Taint.class;
        }

        @Override
        public Taint create(RuleContext context) {
            return new TaintAnalysis(context);
        }

        @Override
        public List<FactKind<?>> facts() {
            return List.of(PassThroughFacts.KIND);
        }
    }
}
