package dev.backlint.flow.constants;

import dev.backlint.api.AnalysisProvider;
import dev.backlint.api.Constants;
import dev.backlint.api.RuleContext;

/** Makes the constant evaluation of each file. */
public final class ConstantsProvider implements AnalysisProvider<Constants> {

    @Override
    public Class<Constants> type() {
        return Constants.class;
    }

    @Override
    public Constants create(RuleContext context) {
        return new ConstantEvaluator(context.project());
    }
}
