package com.helpline.support.tickets;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Ticket {

    public enum Status { OPEN, PENDING, RESOLVED, CLOSED }

    public enum Priority { LOW, NORMAL, HIGH, URGENT }

    @Id
    @GeneratedValue
    private Long id;

    private String subject;

    private String assignee;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    private Instant openedAt;

    protected Ticket() {
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getAssignee() {
        return assignee;
    }

    public Status getStatus() {
        return status;
    }

    public Priority getPriority() {
        return priority;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}
