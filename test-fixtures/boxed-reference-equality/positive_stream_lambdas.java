// A shipment query service whose stream lambdas and terminals compare boxed ids of the PurchaseOrder entity (another file) and of List<Long>/List<Integer> elements with ==.
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class ShipmentQueryService {

    public List<PurchaseOrder> ordersOf(List<PurchaseOrder> orders, Long customerId) {
        return orders.stream().filter(o -> o.getCustomerId() == customerId).toList(); // expect: boxed-reference-equality "`o.getCustomerId()`"
    }

    public boolean anyForTenant(List<PurchaseOrder> orders, Long tenantId) {
        return orders.stream().anyMatch(order -> tenantId == order.getTenantId()); // expect: boxed-reference-equality "`tenantId`"
    }

    public long countOthers(List<Long> shipmentIds, Long excluded) {
        return shipmentIds.stream().filter(id -> id != excluded).count(); // expect: boxed-reference-equality "`id`"
    }

    public boolean largestParcelIs(List<Integer> parcelWeights, Integer weight) {
        return parcelWeights.stream().max(Integer::compare).get() == weight; // expect: boxed-reference-equality "`parcelWeights.stream().max(Integer::compare).get()`"
    }

    public List<PurchaseOrder> bulkOrders(List<PurchaseOrder> orders) {
        return orders.stream().filter(o -> o.getQuantity() > 100).toList();
    }
}
