package com.teamdesk.boards.kanban;

/**
 * Body of {@code PATCH /boards/{id}/columns}: the column the user dragged and where it was
 * dropped.
 */
public record MoveColumnRequest(String columnId, int targetPosition) {
}
