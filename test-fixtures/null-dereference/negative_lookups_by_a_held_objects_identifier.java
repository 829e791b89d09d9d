// Lookups keyed by the identifier of an object the code already holds: an event's subject, a line's order, a REST view of an existing item (read directly or through a local), the current user, and an identifier field a download object was built with. The reference names a row that exists.
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;

@Entity
class WarehouseOrder {
    @Id
    Long id;
    String state;

    String getState() {
        return state;
    }
}

class OrderLine {
    Long orderId;

    Long getOrderId() {
        return orderId;
    }
}

class StockEvent {
    UUID subjectID;

    UUID getSubjectID() {
        return subjectID;
    }
}

class ShelfItem {
    String name;

    String getName() {
        return name;
    }
}

class ShelfItemView {
    String uuid;

    String getUuid() {
        return uuid;
    }
}

class ShelfItemStore {
    private final java.util.Map<UUID, ShelfItem> rows = new java.util.HashMap<>();

    ShelfItem find(UUID id) {
        for (java.util.Map.Entry<UUID, ShelfItem> row : rows.entrySet()) {
            if (row.getKey().equals(id)) {
                return row.getValue();
            }
        }
        return null;
    }
}

class StockProjection {
    private final ShelfItemStore items;
    private final EntityManager entityManager;

    StockProjection(ShelfItemStore items, EntityManager entityManager) {
        this.items = items;
        this.entityManager = entityManager;
    }

    String subjectName(StockEvent event) {
        ShelfItem item = items.find(event.getSubjectID());
        return item.getName().trim();
    }

    String viewName(Object object) {
        ShelfItem item = items.find(UUID.fromString(((ShelfItemView) object).getUuid()));
        return item.getName();
    }

    String viewNameOf(ShelfItemView view) {
        String uuid = view.getUuid();
        ShelfItem item = items.find(UUID.fromString(uuid));
        return item.getName();
    }

    String orderState(OrderLine line) {
        WarehouseOrder order = entityManager.find(WarehouseOrder.class, line.getOrderId());
        return order.getState().toLowerCase();
    }
}

class ShelfItemDownload {
    private final ShelfItemStore items;
    private final UUID uuid;

    ShelfItemDownload(ShelfItemStore items, UUID uuid) {
        this.items = items;
        this.uuid = uuid;
    }

    String label() {
        ShelfItem item = items.find(uuid);
        return item.getName().toUpperCase();
    }
}
