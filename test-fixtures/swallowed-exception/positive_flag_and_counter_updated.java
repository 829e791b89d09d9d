// Other work without the exception (a fallback, a flag, a compensating call) does not handle the failure: nothing is logged, rethrown or returned, so the catalog counts it as swallowed.
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

@Component
class DownstreamHealthProbe {

    private static final Logger log = LoggerFactory.getLogger(DownstreamHealthProbe.class);

    private final RestTemplate restTemplate;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private volatile boolean reachable;

    DownstreamHealthProbe(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    @Scheduled(fixedRate = 15_000)
    void probe() {
        try {
            restTemplate.getForEntity("https://billing.internal/actuator/health", String.class);
            reachable = true;
            consecutiveFailures.set(0);
        } catch (RestClientException e) { // expect: swallowed-exception "RestClientException"
            log.warn("Billing service unreachable");
            reachable = false;
        }
    }

    void probeReplicas(List<String> urls) {
        for (String url : urls) {
            try {
                restTemplate.getForEntity(url, String.class);
            } catch (RestClientException e) { // expect: swallowed-exception "RestClientException"
                consecutiveFailures.incrementAndGet();
            }
        }
    }

    int countNumeric(List<String> values) {
        int skipped = 0;
        for (String value : values) {
            try {
                Long.parseLong(value);
            } catch (NumberFormatException e) { // expect: swallowed-exception "NumberFormatException"
                skipped++;
                continue;
            }
        }
        return values.size() - skipped;
    }

    boolean isReachable() {
        return reachable;
    }
}
