package com.teamdesk.boards.kanban;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
public class Board {

    @Id
    private UUID id;

    private String title;

    @ElementCollection
    @CollectionTable(name = "board_columns")
    @OrderColumn(name = "position")
    @Column(name = "column_id")
    private List<UUID> columnOrder = new ArrayList<>();

    protected Board() {
    }

    public UUID getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public List<UUID> getColumnOrder() {
        return columnOrder;
    }
}
