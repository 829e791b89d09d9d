// Stock checks that compare Integer quantities with Long limits and Long versions with int literals (Integer and Long are never equal).
import java.util.Objects;
import org.springframework.stereotype.Service;

record StockLevel(String sku, Long available) {
}

@Service
class StockReservationService {

    private static final Long MAX_PER_ORDER = 100L;

    boolean isAtLimit(PurchaseOrder order) {
        return order.getQuantity().equals(MAX_PER_ORDER); // expect: incompatible-equals "`Integer` with `Long`"
    }

    boolean isFirstVersion(PurchaseOrder order) {
        return order.getVersion() != null && order.getVersion().equals(0); // expect: incompatible-equals "`Long` with `Integer`"
    }

    boolean sameWarehouse(long warehouseId, int requestedWarehouse) {
        return Long.valueOf(warehouseId).equals(requestedWarehouse); // expect: incompatible-equals "`Long` with `Integer`"
    }

    boolean exactlyAvailable(PurchaseOrder order, StockLevel level) {
        return Objects.equals(level.available(), order.getQuantity()); // expect: incompatible-equals "`Long` with `Integer`"
    }

    boolean exactlyAvailableFixed(PurchaseOrder order, StockLevel level) {
        return level.available() != null && order.getQuantity().equals(level.available().intValue());
    }

    boolean isFirstVersionFixed(PurchaseOrder order) {
        return Long.valueOf(0L).equals(order.getVersion());
    }
}
