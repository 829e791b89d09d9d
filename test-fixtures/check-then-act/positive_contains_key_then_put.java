// `if (!m.containsKey(k)) m.put(k, v)` on concurrent map fields declared ConcurrentHashMap, ConcurrentMap and ConcurrentSkipListMap, with and without braces and `this.`, and the `if (m.containsKey(k)) {...} else { m.put(k, v) }` form.
import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

@Service
class WebSocketSessionRegistry {

    record SessionHandle(String sessionId, String userId, Instant openedAt) {
    }

    private final ConcurrentHashMap<String, SessionHandle> sessions = new ConcurrentHashMap<>();

    SessionHandle open(String sessionId, String userId) {
        var handle = new SessionHandle(sessionId, userId, Instant.now());
        if (!sessions.containsKey(sessionId)) { // expect: check-then-act "`sessions`"
            sessions.put(sessionId, handle);
        }
        return sessions.get(sessionId);
    }

    void close(String sessionId) {
        sessions.remove(sessionId);
    }
}

@Component
class FeatureFlagOverrides {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagOverrides.class);

    private final ConcurrentMap<String, Boolean> overrides = new ConcurrentHashMap<>();

    void overrideIfUnset(String flag, boolean enabled) {
        if (!this.overrides.containsKey(flag)) // expect: check-then-act "`overrides`"
            this.overrides.put(flag, enabled);
    }

    boolean register(String flag, boolean enabled) {
        if (overrides.containsKey(flag)) { // expect: check-then-act "`overrides`"
            log.info("flag {} is already overridden", flag);
            return false;
        } else {
            overrides.put(flag, enabled);
            log.info("flag {} overridden to {}", flag, enabled);
            return true;
        }
    }

    boolean isEnabled(String flag, boolean defaultValue) {
        return overrides.getOrDefault(flag, defaultValue);
    }
}

@Service
class ExchangeRateBook {

    private static final Logger log = LoggerFactory.getLogger(ExchangeRateBook.class);

    record Rate(String base, String quote, BigDecimal mid, Instant asOf) {
        String pair() {
            return base + "/" + quote;
        }
    }

    private final ConcurrentSkipListMap<String, Rate> firstSeenByPair = new ConcurrentSkipListMap<>();
    private final ConcurrentHashMap<String, Rate> tenantRates = new ConcurrentHashMap<>();

    void publish(Rate rate) {
        String pair = rate.pair();
        if (!firstSeenByPair.containsKey(pair)) { // expect: check-then-act "`firstSeenByPair`"
            log.info("first quote for {} at {}", pair, rate.asOf());
            firstSeenByPair.put(pair, rate);
        }
    }

    void pinForTenant(String tenantId, Rate rate) {
        var key = tenantId + ":" + rate.pair();
        if (!tenantRates.containsKey(key)) { // expect: check-then-act "`tenantRates`"
            tenantRates.put(key, rate);
        }
    }
}
