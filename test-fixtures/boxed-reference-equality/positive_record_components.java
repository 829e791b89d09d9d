// An invoice reconciliation service that compares Long and Integer components of records with == and != (two findings on one line).
import java.util.List;
import org.springframework.stereotype.Service;

record InvoiceLine(Long productId, Integer quantity, long unitPriceCents) {
}

record StockMovement(Long productId, Integer quantity, Long warehouseId) {
}

@Service
class InvoiceReconciliationService {

    public boolean matches(InvoiceLine line, StockMovement movement) {
        return line.productId() == movement.productId() && line.quantity() == movement.quantity(); // expect: boxed-reference-equality "`line.productId()`", boxed-reference-equality "`line.quantity()`"
    }

    public boolean crossWarehouse(StockMovement first, StockMovement second) {
        return first.warehouseId() != second.warehouseId(); // expect: boxed-reference-equality "`first.warehouseId()`"
    }

    public boolean pricedAt(InvoiceLine line, long cents) {
        return line.unitPriceCents() == cents;
    }

    public List<InvoiceLine> unmatched(List<InvoiceLine> lines, StockMovement movement) {
        return lines.stream().filter(line -> !matches(line, movement)).toList();
    }
}
