// Per-key request counters of the current day, exposed reactively so that a Redis-backed
// implementation can replace the in-memory one.
package ignoredfutures.case39;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
public class ApiQuotaCounter {

    private final Map<String, Long> counters = new ConcurrentHashMap<>();

    public Mono<Long> increment(String apiKey) {
        return Mono.fromCallable(() -> counters.merge(apiKey, 1L, Long::sum));
    }

    public Mono<Long> current(String apiKey) {
        return Mono.fromCallable(() -> counters.getOrDefault(apiKey, 0L));
    }

    @Scheduled(cron = "0 0 0 * * *")
    public void resetDaily() {
        counters.clear();
    }
}
