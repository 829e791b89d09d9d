package dev.backlint.api;

/**
 * A check. Implementations are small, stateless, final classes annotated with
 * {@link RuleInfo} and listed in {@code META-INF/services/dev.backlint.api.Rule},
 * so that a jar on the classpath can add rules.
 *
 * <p>A rule says which syntax nodes it inspects; the engine walks each file once
 * and hands every node of those types to the rule, together with a
 * {@link RuleContext} to resolve names and report findings.
 */
public interface Rule {

    /** Declares the node types this rule inspects and the check for each. */
    void register(Checks checks);

    /**
     * The text indexes the rule reads itself, not through an analysis; see
     * {@link AnalysisProvider#textIndexes()}.
     */
    default java.util.List<TextIndexKind> textIndexes() {
        return java.util.List.of();
    }

    /** The metadata on the rule's class. */
    default RuleInfo info() {
        RuleInfo info = getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(getClass().getName() + " has no @RuleInfo");
        }
        return info;
    }
}
