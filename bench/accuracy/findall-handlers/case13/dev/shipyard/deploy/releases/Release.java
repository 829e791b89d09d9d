package dev.shipyard.deploy.releases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

@Entity
public class Release {

    @Id
    @GeneratedValue
    private Long id;

    @Column(unique = true)
    private String version;

    private String commitSha;

    @Lob
    private String notes;

    private Instant releasedAt;

    protected Release() {
    }

    public String getVersion() {
        return version;
    }

    public String getCommitSha() {
        return commitSha;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }
}
