// In-process counters of the checkout flow, read by the metrics endpoint.
package staticfields.case04;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.stereotype.Component;

@Component
public class CheckoutMetrics {

    private static final AtomicLong STARTED = new AtomicLong();
    private static final LongAdder COMPLETED = new LongAdder();
    private static final LongAdder REVENUE_CENTS = new LongAdder();
    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    private static final AtomicReference<Instant> LAST_FAILURE = new AtomicReference<>();

    public void started() {
        STARTED.incrementAndGet();
        IN_FLIGHT.incrementAndGet();
    }

    public void completed(long amountCents) {
        COMPLETED.increment();
        REVENUE_CENTS.add(amountCents);
        IN_FLIGHT.decrementAndGet();
    }

    public void failed() {
        IN_FLIGHT.decrementAndGet();
        LAST_FAILURE.set(Instant.now());
    }

    public Map<String, Object> snapshot() {
        var values = new LinkedHashMap<String, Object>();
        values.put("started", STARTED.get());
        values.put("completed", COMPLETED.sum());
        values.put("revenueCents", REVENUE_CENTS.sum());
        values.put("inFlight", IN_FLIGHT.get());
        values.put("lastFailure", String.valueOf(LAST_FAILURE.get()));
        return values;
    }
}
