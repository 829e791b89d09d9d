// An entity diff service that compares Integer and Long getters of a before/after pair of the PurchaseOrder entity (another file) with !=, next to enum and primitive comparisons.
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class OrderChangeDetector {

    public List<String> changedFields(PurchaseOrder before, PurchaseOrder after) {
        List<String> changed = new ArrayList<>();
        if (before.getQuantity() != after.getQuantity()) { // expect: boxed-reference-equality "`before.getQuantity()`"
            changed.add("quantity");
        }
        if (before.getCustomerId() != after.getCustomerId()) { // expect: boxed-reference-equality "`before.getCustomerId()`"
            changed.add("customerId");
        }
        if (before.getStatus() != after.getStatus()) {
            changed.add("status");
        }
        if (before.getVersion() != after.getVersion()) {
            changed.add("version");
        }
        return changed;
    }
}
