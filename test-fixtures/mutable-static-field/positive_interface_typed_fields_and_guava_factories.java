// Fields declared as List, Map, Set or Collection whose initialiser is a mutable implementation (new ArrayList, new LinkedHashMap, new ArrayDeque, Guava Lists/Maps/Sets factories), and an interface constant of a HashMap filled by a class.
import com.google.common.collect.Lists;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

record WebhookSubscription(String id, String url, String event) {
}

@RestController
class WebhookSubscriptionController {

    static final List<WebhookSubscription> SUBSCRIPTIONS = new ArrayList<>(); // expect: mutable-static-field "`SUBSCRIPTIONS`"

    @PostMapping("/webhooks")
    WebhookSubscription subscribe(@RequestBody WebhookSubscription subscription) {
        SUBSCRIPTIONS.add(subscription);
        return subscription;
    }

    @DeleteMapping("/webhooks/{id}")
    void unsubscribe(@PathVariable String id) {
        SUBSCRIPTIONS.removeIf(s -> s.id().equals(id));
    }
}

@Service
class ApiQuotaService {

    private static final Map<String, Integer> QUOTAS = Maps.newHashMap(); // expect: mutable-static-field "`QUOTAS`"
    private static final Set<String> REVOKED_KEYS = Sets.newHashSet(); // expect: mutable-static-field "`REVOKED_KEYS`"
    private static final List<String> WARNINGS = Lists.newArrayList(); // expect: mutable-static-field "`WARNINGS`"

    boolean consume(String apiKey) {
        if (REVOKED_KEYS.contains(apiKey)) {
            return false;
        }
        int left = QUOTAS.getOrDefault(apiKey, 1000) - 1;
        QUOTAS.put(apiKey, left);
        if (left < 10) {
            WARNINGS.add("quota almost exhausted for " + apiKey);
        }
        return left >= 0;
    }

    void revoke(String apiKey) {
        REVOKED_KEYS.add(apiKey);
    }

    List<String> drainWarnings() {
        List<String> copy = List.copyOf(WARNINGS);
        WARNINGS.clear();
        return copy;
    }
}

class BrowsingHistory {

    private static Map<Long, Deque<String>> historyByUser = new LinkedHashMap<>(); // expect: mutable-static-field "`historyByUser`"
    private static final Collection<String> SLOW_PAGES = new ArrayDeque<>(); // expect: mutable-static-field "`SLOW_PAGES`"

    void visited(long userId, String path, long millis) {
        historyByUser.computeIfAbsent(userId, id -> new ArrayDeque<>()).addFirst(path);
        if (millis > 2_000) {
            SLOW_PAGES.add(path);
        }
    }
}

interface OutboundDefaults {
    Map<String, String> HEADERS = new HashMap<>(); // expect: mutable-static-field "`HEADERS`"
    int MAX_RETRIES = 3;
}

class OutboundClientConfigurer {

    void withHeader(String name, String value) {
        OutboundDefaults.HEADERS.put(name, value);
    }
}
