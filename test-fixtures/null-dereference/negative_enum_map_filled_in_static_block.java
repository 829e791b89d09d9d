// An EnumMap filled for every constant of its enum in a static block, then read with get: method calls on the value and unboxing.
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

class OrderStatusPolicy {

    enum OrderStatus { NEW, PAID, SHIPPED, DELIVERED, CANCELLED }

    record Policy(Duration reminderAfter, String customerLabel, boolean cancellable) {
    }

    private static final Map<OrderStatus, Policy> POLICIES = new EnumMap<>(OrderStatus.class);
    private static final EnumMap<OrderStatus, Integer> SORT_ORDER = new EnumMap<>(OrderStatus.class);

    static {
        for (OrderStatus status : OrderStatus.values()) {
            boolean open = status == OrderStatus.NEW || status == OrderStatus.PAID;
            POLICIES.put(status, new Policy(Duration.ofDays(open ? 2 : 14), status.name().toLowerCase(), open));
            SORT_ORDER.put(status, status.ordinal() * 10);
        }
    }

    String label(OrderStatus status) {
        return POLICIES.get(status).customerLabel().toUpperCase();
    }

    boolean canCancel(OrderStatus status) {
        return POLICIES.get(status).cancellable();
    }

    int sortKey(OrderStatus status) {
        int order = SORT_ORDER.get(status);
        return order + (POLICIES.get(status).cancellable() ? 0 : 1);
    }
}
