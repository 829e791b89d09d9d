package com.ticketdesk.support.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class StatusHistoryAuditor {

    /**
     * Earlier changes of a ticket that already put it into its current status, oldest first.
     * A ticket that keeps returning to the same status is a candidate for review.
     */
    public List<StatusChange> earlierChangesToCurrentStatus(List<StatusChange> changes) {
        List<StatusChange> history = new ArrayList<>(changes);
        history.sort(Comparator.comparing(StatusChange::changedAt));
        List<StatusChange> repeats = new ArrayList<>();
        for (int i = 0; i < history.size() - 1; i++) {
            if (history.get(i).status() == history.get(history.size() - 1).status()) {
                repeats.add(history.get(i));
            }
        }
        return repeats;
    }

    public boolean needsReview(List<StatusChange> changes) {
        return earlierChangesToCurrentStatus(changes).size() >= 2;
    }
}
