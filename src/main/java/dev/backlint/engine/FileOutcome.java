package dev.backlint.engine;

import dev.backlint.api.Finding;
import java.util.List;

/** What the analysis of one file produced. */
record FileOutcome(List<Finding> findings, List<Notification> notifications, boolean analysed, boolean failed,
                   long lines) {

    static FileOutcome failed(Notification notification) {
        return new FileOutcome(List.of(), List.of(notification), false, true, 0);
    }

    static FileOutcome skipped(Notification notification) {
        return new FileOutcome(List.of(), List.of(notification), false, false, 0);
    }
}
