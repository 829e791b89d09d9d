package com.teamdesk.collab.drafts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Keeps unsaved editor drafts in memory; entries are evicted after an hour of inactivity.
 */
@Component
public class DraftStore {

    public record Draft(UUID id, String content, Instant updatedAt) {
    }

    static final int MAX_DRAFTS = 50;

    private final Map<UUID, Draft> drafts = new ConcurrentHashMap<>();

    public Draft save(UUID id, String content) {
        if (drafts.size() >= MAX_DRAFTS && !drafts.containsKey(id)) {
            evictOldest();
        }
        Draft draft = new Draft(id, content, Instant.now());
        drafts.put(id, draft);
        return draft;
    }

    public List<Draft> findAll() {
        return drafts.values().stream()
                .sorted(Comparator.comparing(Draft::updatedAt).reversed())
                .toList();
    }

    private void evictOldest() {
        drafts.values().stream()
                .min(Comparator.comparing(Draft::updatedAt))
                .ifPresent(oldest -> drafts.remove(oldest.id()));
    }
}
