// Non-final HashMap, HashSet, ArrayList and StringBuilder fields of singletons mutated on request paths by put, add, remove, clear, set and append: on the field, through `this.`, and through a local alias.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

@Repository
class CustomerLookupCache {

    record Customer(String id, String name) {
    }

    private Map<String, Customer> byId = new HashMap<>();  // expect: singleton-mutable-state "`byId`"
    private Set<String> misses = new HashSet<>();  // expect: singleton-mutable-state "`misses`"

    Customer find(String id, Function<String, Customer> loader) {
        var cached = byId.get(id);
        if (cached != null) {
            return cached;
        }
        Customer loaded = loader.apply(id);
        if (loaded == null) {
            misses.add(id);
            return null;
        }
        this.byId.put(id, loaded);
        return loaded;
    }

    void evict(String id) {
        byId.remove(id);
        misses.remove(id);
    }

    void evictAll() {
        byId.clear();
    }
}

@Service
class PaymentsCsvExporter {

    record Payment(String id, long amountCents) {
    }

    private StringBuilder csv = new StringBuilder();  // expect: singleton-mutable-state "`csv`"
    private List<String> header = new ArrayList<>(List.of("id", "amount"));  // expect: singleton-mutable-state "`header`"

    String export(List<Payment> payments, String currency) {
        header.set(1, "amount_" + currency.toLowerCase());
        csv.setLength(0);
        csv.append(String.join(",", header)).append('\n');
        for (var payment : payments) {
            csv.append(payment.id()).append(',').append(payment.amountCents()).append('\n');
        }
        return csv.toString();
    }
}

@Component
class PendingNotifications {

    private List<String> queue = new ArrayList<>();  // expect: singleton-mutable-state "`queue`"
    private Map<String, Integer> attemptsByRecipient = new HashMap<>();  // expect: singleton-mutable-state "`attemptsByRecipient`"

    void enqueue(String recipient) {
        List<String> pending = this.queue;
        pending.add(recipient);
        var attempts = attemptsByRecipient;
        attempts.put(recipient, attempts.getOrDefault(recipient, 0) + 1);
    }

    List<String> drain() {
        var drained = List.copyOf(queue);
        queue.clear();
        return drained;
    }
}
