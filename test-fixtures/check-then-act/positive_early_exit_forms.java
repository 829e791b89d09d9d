// The check exits early and the put follows it: `if (m.containsKey(k)) return ...; m.put(k, v);`, the same with throw, with a braced block that logs and returns, and with `continue` inside a loop.
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@Service
class WebhookSubscriptionService {

    private static final Logger log = LoggerFactory.getLogger(WebhookSubscriptionService.class);

    record Subscription(String id, String url, List<String> events, Instant createdAt) {
    }

    private final ConcurrentMap<String, Subscription> byUrl = new ConcurrentHashMap<>();

    Subscription subscribe(String url, List<String> events) {
        if (byUrl.containsKey(url)) // expect: check-then-act "`byUrl`"
            return byUrl.get(url);
        var subscription = new Subscription(java.util.UUID.randomUUID().toString(), url, events, Instant.now());
        byUrl.put(url, subscription);
        return subscription;
    }

    void subscribeStrict(String url, List<String> events) {
        if (byUrl.containsKey(url)) { // expect: check-then-act "`byUrl`"
            log.warn("duplicate webhook subscription for {}", url);
            return;
        }
        byUrl.put(url, new Subscription(java.util.UUID.randomUUID().toString(), url, events, Instant.now()));
    }
}

@RestController
class DeviceEnrollmentController {

    record Enrollment(String deviceId, String ownerId, String platform) {
    }

    private final ConcurrentHashMap<String, Enrollment> enrolled = new ConcurrentHashMap<>();

    @PostMapping("/devices")
    Enrollment enroll(@RequestBody Enrollment request) {
        String deviceId = request.deviceId();
        if (enrolled.containsKey(deviceId)) throw new ResponseStatusException(HttpStatus.CONFLICT, "already enrolled"); // expect: check-then-act "`enrolled`"
        enrolled.put(deviceId, request);
        return request;
    }
}

@Service
class InventoryImportService {

    private static final Logger log = LoggerFactory.getLogger(InventoryImportService.class);

    record Row(String sku, int quantity, String warehouse) {
    }

    private final Map<String, Row> importedSkus = new ConcurrentHashMap<>();

    int importRows(List<Row> rows) {
        int imported = 0;
        for (Row row : rows) {
            String sku = row.sku();
            if (importedSkus.containsKey(sku)) { // expect: check-then-act "`importedSkus`"
                log.debug("skipping already imported {}", sku);
                continue;
            }
            importedSkus.put(sku, row);
            imported++;
        }
        return imported;
    }
}
