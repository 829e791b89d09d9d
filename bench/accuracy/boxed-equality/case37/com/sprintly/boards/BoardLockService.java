package com.sprintly.boards;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class BoardLockService {

    private static final Logger log = LoggerFactory.getLogger(BoardLockService.class);

    private final EntityManager em;

    public BoardLockService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void lock(long boardId, CurrentPrincipal principal) {
        var board = em.find(Board.class, boardId);
        if (board == null) {
            throw new EntityNotFoundException("Board " + boardId);
        }
        var ownerId = board.getOwnerId();
        var isOwner = ownerId == principal.userId();
        if (!isOwner && !principal.isAdmin()) {
            throw new IllegalStateException("Only the owner or an admin can lock " + board.getTitle());
        }
        board.setLocked(true);
        log.info("Board {} locked by {}", boardId, principal.login());
    }
}
