// Equality between matching types: Long with long, Integer with int, Character with char, UUID, the same enum and the same record.
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

@Service
class OrderConsistencyChecker {

    boolean isOrder(PurchaseOrder order, long id) {
        return order.getId().equals(id);
    }

    boolean isSingleItem(PurchaseOrder order) {
        return order.getQuantity().equals(1);
    }

    boolean hasVersion(PurchaseOrder order, long expectedVersion) {
        return Objects.equals(order.getVersion(), expectedVersion);
    }

    boolean isPaid(PurchaseOrder order) {
        return order.getStatus().equals(OrderState.PAID);
    }

    boolean sameReference(PurchaseOrder order, UUID ref) {
        return order.getPublicId().equals(ref);
    }

    boolean isCustomer(Invoice invoice, long customerNumber) {
        return new CustomerNumber(customerNumber).equals(invoice.customer());
    }

    boolean isSeparator(String line) {
        Character first = line.isEmpty() ? null : line.charAt(0);
        return first != null && first.equals(';');
    }

    PurchaseOrder cached(Map<Long, PurchaseOrder> cache, long id) {
        return cache.get(id);
    }

    boolean flagged(Set<UUID> flagged, PurchaseOrder order) {
        return flagged.contains(order.getPublicId());
    }

    int slot(List<Integer> quantities, int quantity) {
        return quantities.indexOf(quantity);
    }

    boolean isFive(Long value) {
        return Long.valueOf(5).equals(value) || value.equals(5L);
    }
}
