package com.teamdesk.collab.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientAndReadFalseOrderByCreatedAtDesc(String recipient);

    Optional<Notification> findByIdAndRecipient(long id, String recipient);
}

@Entity
class Notification {

    @Id
    @GeneratedValue
    private Long id;

    private String recipient;

    private String title;

    private String link;

    private boolean read;

    private Instant createdAt;

    protected Notification() {
    }

    void markRead() {
        this.read = true;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getTitle() {
        return title;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
