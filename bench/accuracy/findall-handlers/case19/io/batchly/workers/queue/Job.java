package io.batchly.workers.queue;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Job {

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue
    private Long id;

    private String type;

    @Enumerated(EnumType.STRING)
    private State state;

    private int attempts;

    private Instant enqueuedAt;

    protected Job() {
    }

    public String getType() {
        return type;
    }

    public State getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }
}
