package com.trailmark.social.activity;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(collection = "activity")
public record ActivityEntry(
        @Id String id,
        String userId,
        String type,
        Map<String, Object> payload,
        Instant occurredAt) {
}
