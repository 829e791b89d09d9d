// A payment status service whose var locals hold Strings (from a Map<String, String>, a concatenation, a String method) that are compared with ==.
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

@Service
public class PaymentStatusService {

    private final Map<String, String> lastStatusByOrder = new ConcurrentHashMap<>();
    private final Map<String, String> labelsByOrder = new ConcurrentHashMap<>();

    public boolean isSettled(String orderId) {
        var status = lastStatusByOrder.getOrDefault(orderId, "PENDING");
        return status == "SETTLED"; // expect: string-reference-equality "`status`"
    }

    public boolean changed(String orderId, String newStatus) {
        var previous = lastStatusByOrder.put(orderId, newStatus);
        if (previous == null) {
            return true;
        }
        var normalized = newStatus.trim().toUpperCase();
        return previous != normalized; // expect: string-reference-equality "`previous`"
    }

    public boolean hasCurrentLabel(String orderId) {
        var label = "order-" + orderId;
        var stored = labelsByOrder.get(orderId);
        var attempts = label.length();
        if (attempts == 0) {
            return false;
        }
        return label == stored; // expect: string-reference-equality "`label`"
    }
}
