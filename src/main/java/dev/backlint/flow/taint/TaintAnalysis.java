package dev.backlint.flow.taint;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import dev.backlint.api.AnalysisProvider;
import dev.backlint.api.FactKind;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleContext.Related;
import dev.backlint.matchers.Receivers;
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

    @Override
    public Optional<List<Related>> reaching(Expression expression, TaintSpec spec) {
        Optional<CallableDeclaration> method = expression.findAncestor(CallableDeclaration.class);
        if (method.isEmpty()) {
            return Optional.empty();
        }
        TaintFlow flow = new TaintFlow(context.constants(), context.project(), spec,
                scope -> Receivers.isOneOf(scope, spec.sourceReceivers(), context), (CallableDeclaration<?>) method.get(),
                new TaintFlow.Shared(summaries.computeIfAbsent(spec, k -> new IdentityHashMap<>())));
        return flow.reaching(expression);
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
