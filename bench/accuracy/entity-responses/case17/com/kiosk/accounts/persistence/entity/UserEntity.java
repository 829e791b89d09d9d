package com.kiosk.accounts.persistence.entity;

/**
 * One row of the {@code kiosk_user} table, read by {@code UserDao}.
 */
public class UserEntity {

    private long id;
    private String username;
    private String displayName;
    private String email;
    private boolean active;

    public UserEntity(long id, String username, String displayName, String email, boolean active) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.active = active;
    }

    public long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }
}
