// Check and put on concurrent fields made under a monitor or a lock: synchronized methods, synchronized blocks on this, on a lock object and on the map itself, ReentrantLock lock()/unlock() in try/finally, and the write lock of a ReentrantReadWriteLock.
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.springframework.stereotype.Service;

@Service
class SeatHoldService {

    record Hold(String seat, String customerId, Instant expiresAt) {
    }

    private final ConcurrentHashMap<String, Hold> holds = new ConcurrentHashMap<>();
    private final Set<String> soldSeats = ConcurrentHashMap.newKeySet();
    private final Object seatLock = new Object();

    synchronized boolean hold(String seat, String customerId) {
        if (!holds.containsKey(seat)) {
            holds.put(seat, new Hold(seat, customerId, Instant.now().plusSeconds(600)));
            return true;
        }
        return false;
    }

    boolean sell(String seat) {
        synchronized (seatLock) {
            if (soldSeats.contains(seat)) {
                return false;
            }
            soldSeats.add(seat);
            return true;
        }
    }

    void holdForBoxOffice(String seat) {
        synchronized (this) {
            if (holds.get(seat) == null) {
                holds.put(seat, new Hold(seat, "box-office", Instant.now().plusSeconds(3600)));
            }
        }
    }

    void holdOnMap(String seat, String customerId) {
        synchronized (holds) {
            var hold = holds.get(seat);
            if (hold == null) {
                hold = new Hold(seat, customerId, Instant.now().plusSeconds(600));
                holds.put(seat, hold);
            }
        }
    }
}

@Service
class LeaderLeaseTable {

    record Lease(String resource, String owner, Instant until) {
    }

    private final ConcurrentMap<String, Lease> leases = new ConcurrentHashMap<>();
    private final Map<String, Lease> history = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final ReentrantReadWriteLock historyLock = new ReentrantReadWriteLock();

    boolean acquire(String resource, String owner) {
        lock.lock();
        try {
            if (leases.containsKey(resource)) {
                return false;
            }
            leases.put(resource, new Lease(resource, owner, Instant.now().plusSeconds(30)));
            return true;
        } finally {
            lock.unlock();
        }
    }

    void archive(Lease lease) {
        historyLock.writeLock().lock();
        try {
            if (!history.containsKey(lease.resource())) {
                history.put(lease.resource(), lease);
            }
        } finally {
            historyLock.writeLock().unlock();
        }
    }
}
