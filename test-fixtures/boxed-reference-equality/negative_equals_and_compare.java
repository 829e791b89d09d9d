// An order matching service that compares boxed ids of entities and records from other files correctly with equals, Objects.equals, compareTo and Long.compare.
import java.util.Objects;
import org.springframework.stereotype.Service;

@Service
class OrderMatchingService {

    public boolean isOwnedBy(PurchaseOrder order, CustomerAccount customer) {
        return order.getCustomerId().equals(customer.getId());
    }

    public boolean sameTenant(PurchaseOrder order, CustomerAccount customer) {
        return Objects.equals(order.getTenantId(), customer.getTenantId());
    }

    public boolean sameProduct(InvoiceLine line, StockMovement movement) {
        return line.productId().compareTo(movement.productId()) == 0;
    }

    public boolean sameQuantity(InvoiceLine line, StockMovement movement) {
        return Integer.compare(line.quantity(), movement.quantity()) == 0;
    }

    public boolean newer(PurchaseOrder first, PurchaseOrder second) {
        return Long.compare(first.getId(), second.getId()) > 0;
    }

    public boolean differentCustomer(PurchaseOrder first, PurchaseOrder second) {
        return !first.getCustomerId().equals(second.getCustomerId());
    }

    public boolean sameHash(PurchaseOrder first, PurchaseOrder second) {
        return first.getId().hashCode() == second.getId().hashCode();
    }
}
