package nulls.case59;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class OrderReservationService {

    private static final Logger log = LoggerFactory.getLogger(OrderReservationService.class);

    public interface Warehouse {
        String reserve(String sku, int quantity);
    }

    public record OrderLine(String orderId, String warehouseCode, String sku, int quantity) {
    }

    private final Map<String, Warehouse> warehousesByCode;
    private final String defaultWarehouseCode;

    public OrderReservationService(Map<String, Warehouse> warehousesByCode,
                                   @Value("${fulfilment.default-warehouse}") String defaultWarehouseCode) {
        this.warehousesByCode = warehousesByCode;
        this.defaultWarehouseCode = defaultWarehouseCode;
    }

    public String reserve(OrderLine line) {
        Warehouse warehouse = warehousesByCode.get(line.warehouseCode());
        if (warehouse == null) {
            log.warn("order {} names unknown warehouse {}, using {}",
                    line.orderId(), line.warehouseCode(), defaultWarehouseCode);
            warehouse = warehousesByCode.get(defaultWarehouseCode);
        }
        return warehouse.reserve(line.sku(), line.quantity()); // deref
    }
}
