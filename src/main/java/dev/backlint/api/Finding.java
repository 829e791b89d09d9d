package dev.backlint.api;

import java.util.Comparator;
import java.util.List;

/**
 * One problem a rule found.
 *
 * @param sourceLine the whole text of the range's first line, as in the file; the
 *                   fingerprint (normalised) and the text report use it
 * @param suppressed whether an in-source suppression covers the finding
 * @param fixes      the change that resolves it, where a rule knows one (at most one)
 */
public record Finding(
        String ruleId,
        Level level,
        String message,
        Location location,
        String sourceLine,
        List<FlowStep> codeFlow,
        List<RelatedLocation> related,
        boolean suppressed,
        List<Fix> fixes) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        codeFlow = List.copyOf(codeFlow);
        related = List.copyOf(related);
        fixes = fixes == null ? List.of() : List.copyOf(fixes);
    }

    /** A finding without a fix. */
    public Finding(String ruleId, Level level, String message, Location location, String sourceLine,
                   List<FlowStep> codeFlow, List<RelatedLocation> related, boolean suppressed) {
        this(ruleId, level, message, location, sourceLine, codeFlow, related, suppressed, List.of());
    }

    public Finding withLevel(Level newLevel) {
        return new Finding(ruleId, newLevel, message, location, sourceLine, codeFlow, related, suppressed, fixes);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
