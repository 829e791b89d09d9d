package com.forumly.threads;

import java.time.Instant;

public record Reply(Long id, Long parentId, String author, String body, Instant postedAt) {
}
