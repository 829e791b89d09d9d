// Completed checkouts per minute for the operations dashboard: request threads count into
// minute buckets, a scheduled job publishes closed minutes and trims old buckets.
package checkthenact.case15;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class CheckoutThroughputMonitor {

    private static final Logger log = LoggerFactory.getLogger(CheckoutThroughputMonitor.class);

    private final ConcurrentSkipListMap<Instant, LongAdder> checkoutsPerMinute = new ConcurrentSkipListMap<>();
    private final Clock clock;

    public CheckoutThroughputMonitor(Clock clock) {
        this.clock = clock;
    }

    public void checkoutCompleted() {
        var minute = Instant.now(clock).truncatedTo(ChronoUnit.MINUTES);
        if (!checkoutsPerMinute.containsKey(minute)) { // race
            checkoutsPerMinute.put(minute, new LongAdder());
        }
        checkoutsPerMinute.get(minute).increment();
    }

    public Map<Instant, Long> lastHour() {
        var from = Instant.now(clock).truncatedTo(ChronoUnit.MINUTES).minus(1, ChronoUnit.HOURS);
        var result = new java.util.TreeMap<Instant, Long>();
        checkoutsPerMinute.tailMap(from).forEach((minute, count) -> result.put(minute, count.sum()));
        return result;
    }

    @Scheduled(cron = "5 * * * * *")
    public void publishAndTrim() {
        var currentMinute = Instant.now(clock).truncatedTo(ChronoUnit.MINUTES);
        var closed = checkoutsPerMinute.lowerEntry(currentMinute);
        if (closed != null) {
            log.info("checkouts in minute {}: {}", closed.getKey(), closed.getValue().sum());
        }
        checkoutsPerMinute.headMap(currentMinute.minus(2, ChronoUnit.HOURS)).clear();
    }
}
