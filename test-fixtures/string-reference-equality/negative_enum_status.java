// An order workflow that compares enum values (fields, record components, valueOf results) with ==.
import org.springframework.stereotype.Service;

enum FulfillmentStatus {
    NEW,
    PICKED,
    SHIPPED,
    CANCELLED
}

record FulfillmentOrder(String id, FulfillmentStatus status) {
}

@Service
public class FulfillmentWorkflow {

    private FulfillmentStatus lastSeen = FulfillmentStatus.NEW;

    public boolean canCancel(FulfillmentOrder order) {
        return order.status() == FulfillmentStatus.NEW || order.status() == FulfillmentStatus.PICKED;
    }

    public boolean isShipped(String rawStatus) {
        FulfillmentStatus status = FulfillmentStatus.valueOf(rawStatus);
        return status == FulfillmentStatus.SHIPPED;
    }

    public boolean changed(FulfillmentOrder order) {
        boolean changed = order.status() != lastSeen;
        lastSeen = order.status();
        return changed;
    }
}
