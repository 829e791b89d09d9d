package com.fieldops.reporting.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.time.Instant;

@Entity
public class Report {

    @Id
    @GeneratedValue
    private Long id;

    private String title;

    @Column(length = 4000)
    private String summary;

    private String siteCode;

    @JsonIgnore
    private String shareToken;

    private Instant createdAt;

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getSiteCode() {
        return siteCode;
    }

    public String getShareToken() {
        return shareToken;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
