package com.complyhub.audit.event;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.time.Instant;

@Entity
public class ComplianceEvent {

    @Id
    @GeneratedValue
    private Long id;

    private String controlId;

    private String evidenceUri;

    private String evidenceSha256Hash;

    private boolean passed;

    private String reviewer;

    private Instant recordedAt;

    public Long getId() {
        return id;
    }

    public String getControlId() {
        return controlId;
    }

    public String getEvidenceUri() {
        return evidenceUri;
    }

    public String getEvidenceSha256Hash() {
        return evidenceSha256Hash;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getReviewer() {
        return reviewer;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
