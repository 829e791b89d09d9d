package com.buildboard.projects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProjectArchiveService {

    private static final Logger log = LoggerFactory.getLogger(ProjectArchiveService.class);

    private final EntityManager em;

    public ProjectArchiveService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void archive(Long projectId, AuthenticatedUser principal) {
        var project = em.find(Project.class, projectId);
        if (project == null) {
            throw new EntityNotFoundException("Project " + projectId);
        }
        var ownerId = project.getOwnerId();
        var isOwner = ownerId == principal.userId();
        if (!isOwner && !principal.hasRole("ADMIN")) {
            throw new IllegalStateException("Only the owner or an admin can archive " + project.getName());
        }
        project.setArchived(true);
        log.info("Project {} archived by {}", projectId, principal.login());
    }
}
