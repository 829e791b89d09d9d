package com.teamdesk.projects.teams;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.HashSet;
import java.util.Set;

@Entity
public class Team {

    @Id
    @GeneratedValue
    private Long id;

    private String name;

    private Long ownerId;

    @ElementCollection
    @CollectionTable(name = "team_members")
    @Column(name = "user_id")
    private Set<Long> memberIds = new HashSet<>();

    protected Team() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Set<Long> getMemberIds() {
        return memberIds;
    }
}
