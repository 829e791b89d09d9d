package com.inkwell.publishing.feed;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class FeedItem {

    @Id
    @GeneratedValue
    private Long id;

    private String tag;

    private String title;

    private String url;

    private Instant publishedAt;

    protected FeedItem() {
    }

    public String getTag() {
        return tag;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
