package com.teamspace.collab;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class TeamMembership {

    @Id
    @GeneratedValue
    private Long id;

    private Long teamId;

    private Long userId;

    private String role;

    public Long getId() {
        return id;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Long getUserId() {
        return userId;
    }

    public String getRole() {
        return role;
    }
}
