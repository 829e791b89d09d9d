package com.sprintly.boards;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Board {

    @Id
    @GeneratedValue
    private long id;

    private String title;

    private long ownerId;

    private boolean locked;

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public boolean isLocked() {
        return locked;
    }

    public void setLocked(boolean locked) {
        this.locked = locked;
    }
}
