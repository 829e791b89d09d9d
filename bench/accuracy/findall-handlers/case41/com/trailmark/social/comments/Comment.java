package com.trailmark.social.comments;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Comment {

    @Id
    @GeneratedValue
    private Long id;

    private long postId;

    private String author;

    private String text;

    private Instant createdAt;

    protected Comment() {
    }

    public long getPostId() {
        return postId;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
