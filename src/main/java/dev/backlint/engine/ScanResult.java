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
        Diagnostics diagnostics,
        Baseline.Comparison baseline) {

    public ScanResult {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        notifications = List.copyOf(notifications);
        diagnostics = diagnostics == null ? Diagnostics.none() : diagnostics;
    }

    /** A result of a scan without a baseline. */
    public ScanResult(List<RuleDescriptor> rules, List<Finding> findings, List<Notification> notifications,
                      int filesScanned, int filesFailed, long linesScanned, Instant started, Instant finished,
                      Diagnostics diagnostics) {
        this(rules, findings, notifications, filesScanned, filesFailed, linesScanned, started, finished, diagnostics,
                null);
    }

    /** A result without diagnostics. */
    public ScanResult(List<RuleDescriptor> rules, List<Finding> findings, List<Notification> notifications,
                      int filesScanned, int filesFailed, long linesScanned, Instant started, Instant finished) {
        this(rules, findings, notifications, filesScanned, filesFailed, linesScanned, started, finished,
                Diagnostics.none());
    }

    /**
     * One result for several scans that share a source root (the modules of a build):
     * their rules, findings and notifications together, sorted, and their counts summed.
     */
    public static ScanResult merge(List<ScanResult> results) {
        if (results.size() == 1) {
            return results.get(0);
        }
        java.util.Map<String, RuleDescriptor> rules = new java.util.TreeMap<>();
        List<Finding> findings = new java.util.ArrayList<>();
        List<Notification> notifications = new java.util.ArrayList<>();
        int scanned = 0;
        int failed = 0;
        long lines = 0;
        Instant started = null;
        Instant finished = null;
        List<Baseline.Comparison> comparisons = new java.util.ArrayList<>();
        for (ScanResult result : results) {
            if (result.baseline() != null) {
                comparisons.add(result.baseline());
            }
            result.rules().forEach(rule -> rules.putIfAbsent(rule.id(), rule));
            findings.addAll(result.findings());
            notifications.addAll(result.notifications());
            scanned += result.filesScanned();
            failed += result.filesFailed();
            lines += result.linesScanned();
            started = started == null || result.started().isBefore(started) ? result.started() : started;
            finished = finished == null || result.finished().isAfter(finished) ? result.finished() : finished;
        }
        java.util.Collections.sort(findings);
        java.util.Collections.sort(notifications);
        Instant now = Instant.now();
        return new ScanResult(List.copyOf(rules.values()), findings, notifications, scanned, failed, lines,
                started == null ? now : started, finished == null ? now : finished, Diagnostics.none(),
                comparisons.isEmpty() ? null : Baseline.Comparison.merge(comparisons));
    }

    /** Findings that no suppression covers and, with a baseline, that are new. */
    public List<Finding> reported() {
        return findings.stream().filter(f -> !f.suppressed() && isNew(f)).toList();
    }

    /** Whether a finding is not in the baseline (every finding is, without one). */
    public boolean isNew(Finding finding) {
        return baseline == null || baseline.state(finding) == Baseline.State.NEW;
    }

    /** Unsuppressed findings the baseline holds: left out of the counts and the reports people read. */
    public long leftOutByBaseline() {
        return baseline == null ? 0 : findings.stream().filter(f -> !f.suppressed() && !isNew(f)).count();
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
