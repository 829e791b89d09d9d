// Every write of a field under one monitor: synchronized methods mixed with synchronized(this) blocks, a dedicated lock object, and lock()/unlock() of one ReentrantLock around try/finally.
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Service
class InventoryLedger {

    private int onHand;
    private Map<String, Integer> reserved = new HashMap<>();

    synchronized void receive(int quantity) {
        onHand += quantity;
    }

    void ship(int quantity) {
        synchronized (this) {
            onHand -= quantity;
        }
    }

    synchronized void reserve(String orderId, int quantity) {
        reserved.put(orderId, quantity);
        onHand -= quantity;
    }

    void cancel(String orderId) {
        synchronized (this) {
            var quantity = reserved.remove(orderId);
            if (quantity != null) {
                onHand += quantity;
            }
        }
    }

    synchronized int available() {
        return onHand;
    }
}

@Component
class ReceiptSequence {

    private final Object sequenceLock = new Object();
    private long next = 1;
    private String lastIssued;

    String issue(String store) {
        synchronized (sequenceLock) {
            lastIssued = store + "-" + next++;
            return lastIssued;
        }
    }

    void reset() {
        synchronized (sequenceLock) {
            next = 1;
            lastIssued = null;
        }
    }
}

@RestController
class MaintenanceWindowController {

    private final ReentrantLock windowLock = new ReentrantLock();
    private Instant windowStart;
    private Duration windowLength = Duration.ZERO;
    private List<String> announcements = new ArrayList<>();

    @PostMapping("/maintenance")
    void schedule(@RequestParam String start, @RequestParam int minutes) {
        windowLock.lock();
        try {
            windowStart = Instant.parse(start);
            windowLength = Duration.ofMinutes(minutes);
            announcements.add("Maintenance at " + windowStart + " for " + windowLength);
        } finally {
            windowLock.unlock();
        }
    }

    @DeleteMapping("/maintenance")
    void cancel() {
        windowLock.lock();
        try {
            windowStart = null;
            windowLength = Duration.ZERO;
            announcements.clear();
        } finally {
            windowLock.unlock();
        }
    }
}
