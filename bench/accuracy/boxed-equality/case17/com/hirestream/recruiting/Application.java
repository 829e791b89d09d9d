package com.hirestream.recruiting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Application {

    @Id
    @GeneratedValue
    private Long id;

    private Long jobPostingId;

    private Long candidateId;

    private Long assignedRecruiterId;

    private String stage;

    public Long getId() {
        return id;
    }

    public Long getJobPostingId() {
        return jobPostingId;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public Long getAssignedRecruiterId() {
        return assignedRecruiterId;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }
}
