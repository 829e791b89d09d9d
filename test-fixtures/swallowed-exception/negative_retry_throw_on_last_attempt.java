// A retry loop whose catch throws only on the last attempt (a throw nested in an if counts as handling) and otherwise backs off.
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

@Component
class ExchangeRateClient {

    private final RestTemplate restTemplate;
    private final int maxAttempts = 3;

    ExchangeRateClient(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    String latest(String base) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return restTemplate.getForObject("https://rates.example.com/latest?base={b}", String.class, base);
            } catch (ResourceAccessException e) {
                if (attempt >= maxAttempts) {
                    throw e;
                }
            }
            Thread.sleep(Duration.ofMillis(200L * attempt).toMillis());
        }
    }
}
