package com.medisync.scheduling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDateTime;

@Entity
@Table(name = "appointments")
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private Long patientId;

    @Column(name = "practitioner_id", nullable = false)
    private Long practitionerId;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Enumerated(EnumType.STRING)
    private AppointmentStatus status;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Appointment() {
    }

    public Appointment(Long patientId, Long practitionerId, LocalDateTime startsAt) {
        this.patientId = patientId;
        this.practitionerId = practitionerId;
        this.startsAt = startsAt;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
        if (status == null) {
            status = AppointmentStatus.BOOKED;
        }
        System.out.println("Persisting appointment for patient " + patientId + " at " + startsAt);
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public void cancel() {
        if (status == AppointmentStatus.COMPLETED) {
            throw new IllegalStateException("Completed appointments cannot be cancelled");
        }
        status = AppointmentStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public Long getPatientId() {
        return patientId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public AppointmentStatus getStatus() {
        return status;
    }
}
