package com.insightly.analytics.reports;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SavedReportRepository extends JpaRepository<SavedReport, Long> {
}

@Entity
class SavedReport {

    @Id
    @GeneratedValue
    private Long id;

    private String name;

    private String owner;

    private String definitionJson;

    private Instant createdAt;

    protected SavedReport() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getOwner() {
        return owner;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
