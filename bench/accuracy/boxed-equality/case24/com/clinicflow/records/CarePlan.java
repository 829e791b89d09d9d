package com.clinicflow.records;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
public class CarePlan {

    @Id
    private Long id;

    private String goals;

    @Version
    private Integer version;

    public Long getId() {
        return id;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public Integer getVersion() {
        return version;
    }
}
