package dev.backlint.engine;

import dev.backlint.api.Finding;
import java.util.List;

/**
 * What the analysis of one file produced, with what it read of other files; kept in
 * the cache between scans.
 *
 * @param facts        the file's facts, or {@code null} when it was not parsed
 * @param dependencies what else the findings depend on
 * @param shape        the digest of what other files' types are resolved against (see
 *                     {@link Shapes}), or {@code null} when it was not taken
 */
record FileOutcome(List<Finding> findings, List<Notification> notifications, boolean analysed, boolean failed,
                   long lines, FileFacts facts, Dependencies dependencies, String shape) {

    FileOutcome {
        findings = List.copyOf(findings);
        notifications = List.copyOf(notifications);
        dependencies = dependencies == null ? Dependencies.none() : dependencies;
    }

    static FileOutcome failed(Notification notification) {
        return new FileOutcome(List.of(), List.of(notification), false, true, 0, null, null, null);
    }

    static FileOutcome skipped(Notification notification) {
        return new FileOutcome(List.of(), List.of(notification), false, false, 0, null, null, null);
    }
}
