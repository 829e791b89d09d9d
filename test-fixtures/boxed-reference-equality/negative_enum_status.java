// An order workflow that compares the OrderStatus enum (declared here, used by the PurchaseOrder entity of another file) with == and !=.
import java.util.List;
import org.springframework.stereotype.Service;

enum OrderStatus {
    NEW, PAID, EXPEDITED, SHIPPED, RETURNED, CANCELLED
}

@Service
class OrderWorkflowService {

    public boolean canShip(PurchaseOrder order) {
        return order.getStatus() == OrderStatus.PAID || order.getStatus() == OrderStatus.EXPEDITED;
    }

    public boolean statusChanged(PurchaseOrder before, PurchaseOrder after) {
        return before.getStatus() != after.getStatus();
    }

    public List<PurchaseOrder> open(List<PurchaseOrder> orders) {
        return orders.stream()
                .filter(o -> o.getStatus() != OrderStatus.CANCELLED && o.getStatus() != OrderStatus.RETURNED)
                .toList();
    }

    public String label(PurchaseOrder order) {
        return switch (order.getStatus()) {
            case NEW, PAID -> "Processing";
            case EXPEDITED, SHIPPED -> "On its way";
            case RETURNED, CANCELLED -> "Closed";
        };
    }
}
