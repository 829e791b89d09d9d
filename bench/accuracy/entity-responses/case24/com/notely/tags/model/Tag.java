package com.notely.tags.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"workspaceId", "label"}))
public class Tag {

    @Id
    @GeneratedValue
    private Long id;

    private long workspaceId;

    private String label;

    private String color;

    protected Tag() {
    }

    public Tag(long workspaceId, String label, String color) {
        this.workspaceId = workspaceId;
        this.label = label;
        this.color = color;
    }

    public Long getId() {
        return id;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public String getLabel() {
        return label;
    }

    public String getColor() {
        return color;
    }
}
