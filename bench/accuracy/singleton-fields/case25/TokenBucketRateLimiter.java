// Token bucket for the outbound SMS gateway: refilled from the elapsed time on each
// attempt, emptied by the operations endpoint when the provider throttles us.
package singletons.case25;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class TokenBucketRateLimiter {

    private final Lock lock = new ReentrantLock();
    private final double capacity;
    private final double refillPerSecond;
    private double tokens;
    private long lastRefillNanos;

    public TokenBucketRateLimiter(@Value("${sms.rate.capacity:20}") double capacity,
                                  @Value("${sms.rate.per-second:5}") double refillPerSecond) {
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
        this.tokens = capacity;
        this.lastRefillNanos = System.nanoTime();
    }

    public boolean tryAcquire() {
        lock.lock();
        try {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - lastRefillNanos) / 1_000_000_000.0 * refillPerSecond);
            lastRefillNanos = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        } finally {
            lock.unlock();
        }
    }

    public void drain() {
        lock.lock();
        try {
            tokens = 0;
            lastRefillNanos = System.nanoTime();
        } finally {
            lock.unlock();
        }
    }
}
