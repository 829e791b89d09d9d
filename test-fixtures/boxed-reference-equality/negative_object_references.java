// A response cache that compares Object sentinels, entity references and Class objects (value.getClass() == Long.class) with ==, none of them two boxed numbers.
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

@Component
class ResponseCacheInvalidator {

    private static final Object MISSING = new Object();

    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private final Map<Long, PurchaseOrder> loadedOrders = new ConcurrentHashMap<>();

    public boolean absent(String key) {
        return attributes.getOrDefault(key, MISSING) == MISSING;
    }

    public boolean isNumericId(String key) {
        Object value = attributes.get(key);
        return value != null && (value.getClass() == Long.class || value.getClass() == Integer.class);
    }

    public boolean stale(Long orderId, PurchaseOrder fresh) {
        return loadedOrders.get(orderId) != fresh;
    }

    public boolean sameCustomerInstance(CustomerAccount first, CustomerAccount second) {
        return first == second;
    }
}
