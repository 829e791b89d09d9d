// Near misses of guarded writes: one field written under two different monitors, one written outside the synchronized method that guards its other write, the class object against `this`, a write after unlock() and one under another ReentrantLock.
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@Service
class SeatReservationService {

    private final Object seatsLock = new Object();
    private final Object releaseLock = new Object();
    private int freeSeats = 200;  // expect: singleton-mutable-state "`freeSeats`"
    private int reservations;  // expect: singleton-mutable-state "`reservations`"

    boolean reserve() {
        synchronized (seatsLock) {
            if (freeSeats == 0) {
                return false;
            }
            freeSeats--;
        }
        countReservation();
        return true;
    }

    void release() {
        synchronized (releaseLock) {
            freeSeats++;
        }
    }

    private synchronized void countReservation() {
        reservations++;
    }

    void resetStatistics() {
        reservations = 0;
    }
}

@Component
class DocumentNumberAllocator {

    private final ReentrantLock allocationLock = new ReentrantLock();
    private final ReentrantLock auditLock = new ReentrantLock();
    private long nextNumber = 1;  // expect: singleton-mutable-state "`nextNumber`"
    private String lastAllocatedBy;  // expect: singleton-mutable-state "`lastAllocatedBy`"

    long allocate(String user) {
        long number;
        allocationLock.lock();
        try {
            number = nextNumber++;
        } finally {
            allocationLock.unlock();
        }
        lastAllocatedBy = user;
        return number;
    }

    void rewind(long to) {
        auditLock.lock();
        try {
            nextNumber = to;
        } finally {
            auditLock.unlock();
        }
    }
}

@RestController
class VisitCounterController {

    private long visits;  // expect: singleton-mutable-state "`visits`"

    @GetMapping("/visits")
    synchronized long visit() {
        return ++visits;
    }

    @PostMapping("/visits/reset")
    void reset() {
        synchronized (VisitCounterController.class) {
            visits = 0;
        }
    }
}
