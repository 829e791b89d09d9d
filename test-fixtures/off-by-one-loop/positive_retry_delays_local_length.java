// A webhook sender whose retry loop reads the bound through a local `int n = delaysMs.length` as `attempt <= n` and sleeps `delaysMs[attempt]` past the end.
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

@Component
class WebhookRetrySender {

    private static final Logger log = LoggerFactory.getLogger(WebhookRetrySender.class);

    private final RestTemplate restTemplate = new RestTemplate();
    private final long[] delaysMs = {200, 1000, 5000};

    public boolean send(URI target, String json) throws InterruptedException {
        int n = delaysMs.length;
        for (int attempt = 0; attempt <= n; attempt++) { // expect: off-by-one-loop "past the end"
            try {
                ResponseEntity<Void> response = restTemplate.postForEntity(target, json, Void.class);
                HttpStatusCode status = response.getStatusCode();
                if (status.is2xxSuccessful()) {
                    return true;
                }
            } catch (RestClientException ex) {
                log.warn("Webhook delivery to {} failed on attempt {}", target, attempt, ex);
            }
            Thread.sleep(delaysMs[attempt]);
        }
        return false;
    }
}
