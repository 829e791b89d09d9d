package dev.backlint.flow.nullness;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.backlint.api.AnalysisProvider;
import dev.backlint.api.FactKind;
import dev.backlint.api.RuleContext;
import dev.backlint.resolve.Body;
import java.util.List;

/** The Optional analysis of one file. */
final class OptionalsAnalysis implements Optionals {

    private final RuleContext context;

    private OptionalsAnalysis(RuleContext context) {
        this.context = context;
    }

    @Override
    public List<MethodCallExpr> uncheckedGets(Body body) {
        return OptionalFlow.uncheckedGets(body, context);
    }

    /** Makes the Optional analysis of each file; it reads which methods of other files return Optionals. */
    public static final class Provider implements AnalysisProvider<Optionals> {

        @Override
        public Class<Optionals> type() {
            return Optionals.class;
        }

        @Override
        public Optionals create(RuleContext context) {
            return new OptionalsAnalysis(context);
        }

        @Override
        public List<FactKind<?>> facts() {
            return List.of(OptionalMethods.KIND);
        }

        @Override
        public List<dev.backlint.api.TextIndexKind> textIndexes() {
            return NullOrigins.textIndexes();
        }
    }
}
