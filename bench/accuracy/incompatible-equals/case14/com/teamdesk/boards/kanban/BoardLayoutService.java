package com.teamdesk.boards.kanban;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class BoardLayoutService {

    @PersistenceContext
    private EntityManager em;

    @Transactional
    public List<UUID> moveColumn(UUID boardId, MoveColumnRequest request) {
        Board board = em.find(Board.class, boardId, LockModeType.PESSIMISTIC_WRITE);
        if (board == null) {
            throw new IllegalArgumentException("No board " + boardId);
        }
        List<UUID> order = board.getColumnOrder();
        int from = order.indexOf(request.columnId());
        if (from < 0) {
            throw new IllegalArgumentException("Column " + request.columnId() + " is not on board " + boardId);
        }
        int to = Math.max(0, Math.min(request.targetPosition(), order.size() - 1));
        UUID moved = order.remove(from);
        order.add(to, moved);
        return List.copyOf(order);
    }
}
