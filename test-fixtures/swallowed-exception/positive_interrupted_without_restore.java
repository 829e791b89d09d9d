// A throttled API client whose InterruptedException handler logs a message but neither restores the interrupt flag nor passes the exception on.
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
class ThrottledGeocodingClient {

    private static final Logger log = LoggerFactory.getLogger(ThrottledGeocodingClient.class);

    private final RestTemplate restTemplate = new RestTemplate();
    private final long minIntervalMillis = 250;
    private long lastCall;

    synchronized String geocode(String address) {
        long wait = lastCall + minIntervalMillis - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) { // expect: swallowed-exception "InterruptedException"
                log.info("Throttle wait interrupted, calling the API early");
            }
        }
        lastCall = System.currentTimeMillis();
        return restTemplate.getForObject("https://geo.example.com/v1/search?q={q}", String.class, address);
    }
}
