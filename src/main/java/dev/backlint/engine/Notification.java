package dev.backlint.engine;

import dev.backlint.api.Level;
import java.util.Comparator;

/**
 * Something the scan has to say that is not a finding: a file that could not be read
 * or parsed, a rule that failed on a file.
 *
 * @param uri    the file concerned (relative, as in findings), or {@code null}
 * @param ruleId the rule concerned, or {@code null}
 * @param line   1-based line of the problem, or 0 when unknown
 */
public record Notification(Level level, String uri, int line, String ruleId, Kind kind, String message)
        implements Comparable<Notification> {

    /** What happened, for the exit code and the summary line. */
    public enum Kind { PARSE_ERROR, SKIPPED, ENCODING, READ_ERROR, RULE_FAILURE, INTERNAL_ERROR, CACHE }

    private static final Comparator<Notification> ORDER = Comparator
            .comparing((Notification n) -> n.uri == null ? "" : n.uri)
            .thenComparingInt(Notification::line)
            .thenComparing(n -> n.ruleId == null ? "" : n.ruleId)
            .thenComparing(Notification::message);

    static Notification unreadable(String uri, String message) {
        return new Notification(Level.ERROR, uri, 0, null, Kind.READ_ERROR, message);
    }

    static Notification skipped(String uri, String message) {
        return new Notification(Level.WARNING, uri, 0, null, Kind.SKIPPED, message);
    }

    @Override
    public int compareTo(Notification other) {
        return ORDER.compare(this, other);
    }
}
