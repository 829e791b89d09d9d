// Catch blocks that log the exception message in one statement but hand the exception itself to another logger call or to an error-reporting helper.
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

@Component
class ErrorReporter {

    private static final Logger log = LoggerFactory.getLogger(ErrorReporter.class);

    public void report(String context, Throwable error) {
        log.error("[{}] unexpected failure", context, error);
    }
}

@Service
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final RestTemplate restTemplate;
    private final ErrorReporter errorReporter;

    WebhookDispatcher(RestTemplate restTemplate, ErrorReporter errorReporter) {
        this.restTemplate = restTemplate;
        this.errorReporter = errorReporter;
    }

    public boolean dispatch(URI target, String payload) {
        try {
            restTemplate.postForLocation(target, payload);
            return true;
        } catch (RestClientException e) {
            log.warn("Webhook to {} failed: {}", target, e.getMessage());
            log.debug("Webhook failure details", e);
            return false;
        }
    }

    public boolean dispatchCritical(URI target, String payload) {
        try {
            restTemplate.postForLocation(target, payload);
            return true;
        } catch (RestClientException e) {
            log.error("Critical webhook to {} failed: {}", target, e.getMessage());
            errorReporter.report("webhook " + target, e);
            return false;
        }
    }
}
