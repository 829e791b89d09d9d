// An inventory service that compares boxed Long and Integer values with == (a different problem, not a String comparison).
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

@Service
public class InventoryCountService {

    private final Map<String, Integer> stockBySku = new ConcurrentHashMap<>();

    public boolean sameWarehouse(Long warehouseId, Long otherWarehouseId) {
        return warehouseId == otherWarehouseId;
    }

    public boolean unchanged(String sku, Integer reported) {
        Integer current = stockBySku.get(sku);
        return current == reported;
    }

    public boolean isCached(String sku, Integer count) {
        return stockBySku.get(sku) != count;
    }
}
