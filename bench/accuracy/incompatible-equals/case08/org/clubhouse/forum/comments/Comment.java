package org.clubhouse.forum.comments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class Comment {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "thread_id", nullable = false)
    private Long threadId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(length = 4000)
    private String text;

    private Instant editedAt;

    protected Comment() {
    }

    public Long getId() {
        return id;
    }

    public Long getThreadId() {
        return threadId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getText() {
        return text;
    }

    public void edit(String newText, Instant at) {
        this.text = newText;
        this.editedAt = at;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
