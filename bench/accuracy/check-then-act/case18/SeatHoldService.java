// Seat selection for an event: a booking holds several seats at once, all or none, for ten
// minutes; holds are released on purchase or cancellation, or expire in a sweep.
package checkthenact.case18;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

@Service
public class SeatHoldService {

    private static final Duration HOLD_TIME = Duration.ofMinutes(10);

    private final Map<SeatRef, SeatHold> holds = new ConcurrentHashMap<>();
    private final Lock holdLock = new ReentrantLock();
    private final Clock clock;

    public SeatHoldService(Clock clock) {
        this.clock = clock;
    }

    public UUID hold(List<SeatRef> seats, String customerId) {
        var hold = new SeatHold(UUID.randomUUID(), customerId, Instant.now(clock).plus(HOLD_TIME));
        holdLock.lock();
        try {
            for (var seat : seats) {
                if (holds.containsKey(seat)) {
                    throw new SeatUnavailableException(seat);
                }
            }
            for (var seat : seats) {
                holds.put(seat, hold);
            }
        } finally {
            holdLock.unlock();
        }
        return hold.id();
    }

    public void release(UUID holdId) {
        holdLock.lock();
        try {
            holds.values().removeIf(h -> h.id().equals(holdId));
        } finally {
            holdLock.unlock();
        }
    }

    public boolean isHeld(SeatRef seat) {
        return holds.containsKey(seat);
    }

    @Scheduled(fixedDelay = 15_000)
    public void expire() {
        var now = Instant.now(clock);
        holdLock.lock();
        try {
            holds.values().removeIf(h -> h.expiresAt().isBefore(now));
        } finally {
            holdLock.unlock();
        }
    }
}
