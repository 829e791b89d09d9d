package com.hirestream.recruiting;

import jakarta.persistence.EntityManager;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class StageTransitionService {

    private static final Set<String> STAGES = Set.of("APPLIED", "SCREENING", "INTERVIEW", "OFFER", "REJECTED");

    private final EntityManager em;
    private final RecruiterDirectory recruiters;

    public StageTransitionService(EntityManager em, RecruiterDirectory recruiters) {
        this.em = em;
        this.recruiters = recruiters;
    }

    @Transactional
    public void moveTo(Long applicationId, String stage, String recruiterLogin) {
        if (!STAGES.contains(stage)) {
            throw new IllegalArgumentException("Unknown stage " + stage);
        }
        Application application = em.find(Application.class, applicationId);
        Long recruiterId = recruiters.idOf(recruiterLogin);
        if (application.getAssignedRecruiterId() == null
                || application.getAssignedRecruiterId().longValue() != recruiterId.longValue()) {
            throw new IllegalStateException("Application " + applicationId + " is assigned to another recruiter");
        }
        application.setStage(stage);
    }
}
