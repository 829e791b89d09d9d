// An invoice totals service that unboxes Long/Integer getters of entities and records from other files into long/int locals (explicit or var) before comparing.
import org.springframework.stereotype.Service;

@Service
class InvoiceTotalsService {

    public boolean billedToCustomer(PurchaseOrder order, CustomerAccount customer) {
        long customerId = order.getCustomerId();
        return customerId == customer.getId();
    }

    public boolean quantityMatches(PurchaseOrder order, InvoiceLine line) {
        var quantity = order.getQuantity().intValue();
        return quantity == line.quantity();
    }

    public boolean sameProduct(InvoiceLine line, StockMovement movement) {
        final long productId = line.productId();
        return movement.productId() == productId;
    }

    public boolean sameWarehouse(StockMovement first, StockMovement second) {
        return first.warehouseId().longValue() == second.warehouseId().longValue();
    }

    public boolean sameQuantity(StockMovement first, StockMovement second) {
        return first.quantity().intValue() == second.quantity();
    }
}
