package dev.backlint.engine;

import dev.backlint.api.Finding;
import dev.backlint.api.Level;
import java.time.Instant;
import java.util.List;

/**
 * Everything a scan produced, sorted for output: findings by file, line, column and
 * rule; notifications by file.
 *
 * @param rules          the rules that ran, by id
 * @param findings       every finding, suppressed ones included (marked)
 * @param filesScanned   files read and analysed
 * @param filesFailed    files that could not be parsed or read
 * @param diagnostics    timings and resolution figures
 */
public record ScanResult(
        List<RuleDescriptor> rules,
        List<Finding> findings,
        List<Notification> notifications,
        int filesScanned,
        int filesFailed,
        long linesScanned,
        Instant started,
        Instant finished,
        Diagnostics diagnostics) {

    public ScanResult {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        notifications = List.copyOf(notifications);
        diagnostics = diagnostics == null ? Diagnostics.none() : diagnostics;
    }

    /** A result without diagnostics. */
    public ScanResult(List<RuleDescriptor> rules, List<Finding> findings, List<Notification> notifications,
                      int filesScanned, int filesFailed, long linesScanned, Instant started, Instant finished) {
        this(rules, findings, notifications, filesScanned, filesFailed, linesScanned, started, finished,
                Diagnostics.none());
    }

    /** Findings that no suppression covers. */
    public List<Finding> reported() {
        return findings.stream().filter(f -> !f.suppressed()).toList();
    }

    public long count(Level level) {
        return reported().stream().filter(f -> f.level() == level).count();
    }

    /** Whether any unsuppressed finding is at {@code threshold} or above. */
    public boolean hasFindingsAtOrAbove(Level threshold) {
        return reported().stream().anyMatch(f -> f.level().atLeast(threshold));
    }

    /** Whether some file could not be parsed or read. */
    public boolean hasFailedFiles() {
        return filesFailed > 0;
    }

    /** Whether a rule failed on some file, or the engine itself: the results are incomplete. */
    public boolean hasInternalErrors() {
        return notifications.stream().anyMatch(n -> n.kind() == Notification.Kind.RULE_FAILURE
                || n.kind() == Notification.Kind.INTERNAL_ERROR);
    }
}
