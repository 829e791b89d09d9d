// A fulfillment router that picks a Long warehouse id with a switch expression over the OrderStatus of the PurchaseOrder entity (other files) and compares it with ==.
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
class FulfillmentRoutingService {

    private final Long defaultWarehouseId;
    private final Long returnsWarehouseId;
    private final Long expressWarehouseId;

    FulfillmentRoutingService(@Value("${warehouses.default}") Long defaultWarehouseId,
                              @Value("${warehouses.returns}") Long returnsWarehouseId,
                              @Value("${warehouses.express}") Long expressWarehouseId) {
        this.defaultWarehouseId = defaultWarehouseId;
        this.returnsWarehouseId = returnsWarehouseId;
        this.expressWarehouseId = expressWarehouseId;
    }

    public boolean routedTo(PurchaseOrder order, Long warehouseId) {
        Long target = switch (order.getStatus()) {
            case RETURNED -> returnsWarehouseId;
            case EXPEDITED -> expressWarehouseId;
            default -> defaultWarehouseId;
        };
        return target == warehouseId; // expect: boxed-reference-equality "`target`"
    }

    public boolean bypassesReturns(Long warehouseId) {
        return warehouseId != returnsWarehouseId; // expect: boxed-reference-equality "`warehouseId`"
    }
}
