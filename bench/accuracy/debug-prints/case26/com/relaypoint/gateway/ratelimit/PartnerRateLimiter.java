package com.relaypoint.gateway.ratelimit;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@Component
public class PartnerRateLimiter {

    private static final Logger log = LogManager.getLogger(PartnerRateLimiter.class);

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final PartnerQuotas quotas;
    private final Clock clock;

    public PartnerRateLimiter(PartnerQuotas quotas, Clock clock) {
        this.quotas = quotas;
        this.clock = clock;
    }

    public boolean tryAcquire(String partnerId) {
        TokenBucket bucket = buckets.computeIfAbsent(partnerId,
                id -> new TokenBucket(quotas.requestsPerMinute(id), clock.millis()));
        boolean allowed = bucket.tryTake(clock.millis());
        if (!allowed) {
            log.printf(Level.WARN, "Partner %s over quota (%d req/min), %.1f tokens left",
                    partnerId, bucket.capacity(), bucket.available());
        } else if (log.isTraceEnabled()) {
            log.trace("Partner {} allowed, {} tokens left", partnerId, bucket.available());
        }
        return allowed;
    }

    static final class TokenBucket {

        private final int capacity;
        private double tokens;
        private long lastRefill;

        TokenBucket(int capacity, long now) {
            this.capacity = capacity;
            this.tokens = capacity;
            this.lastRefill = now;
        }

        synchronized boolean tryTake(long now) {
            tokens = Math.min(capacity, tokens + (now - lastRefill) * capacity / 60_000.0);
            lastRefill = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }

        int capacity() {
            return capacity;
        }

        synchronized double available() {
            return tokens;
        }
    }
}
