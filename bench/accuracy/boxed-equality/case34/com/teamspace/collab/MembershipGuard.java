package com.teamspace.collab;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component("membershipGuard")
public class MembershipGuard {

    private final EntityManager em;

    public MembershipGuard(EntityManager em) {
        this.em = em;
    }

    @Transactional(readOnly = true)
    public boolean canEdit(Long teamId, Long userId) {
        List<TeamMembership> members = em.createQuery(
                        "select m from TeamMembership m where m.teamId = :team", TeamMembership.class)
                .setParameter("team", teamId)
                .getResultList();
        return members.stream()
                .filter(m -> !"VIEWER".equals(m.getRole()))
                .anyMatch(m -> m.getUserId() == userId);
    }
}
