package dev.backlint.flow.futures;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.backlint.api.AnalysisProvider;
import dev.backlint.api.FactKind;
import dev.backlint.api.RuleContext;
import java.util.List;
import java.util.Optional;

/** {@link FutureKinds} for one file; it reads which methods of other files return futures. */
final class FutureKindsAnalysis implements FutureKinds {

    private final RuleContext context;

    private FutureKindsAnalysis(RuleContext context) {
        this.context = context;
    }

    @Override
    public Optional<FutureCalls.Kind> of(MethodCallExpr call) {
        return FutureCalls.of(call, context);
    }

    /** Makes the analysis of each file, with the future methods of every file as facts. */
    public static final class Provider implements AnalysisProvider<FutureKinds> {

        @Override
        public Class<FutureKinds> type() {
            return FutureKinds.class;
        }

        @Override
        public FutureKinds create(RuleContext context) {
            return new FutureKindsAnalysis(context);
        }

        @Override
        public List<FactKind<?>> facts() {
            return List.of(FutureMethodFacts.KIND);
        }
    }
}
