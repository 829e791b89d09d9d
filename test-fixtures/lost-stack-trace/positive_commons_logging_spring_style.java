// A Spring-style component with a commons-logging (spring-jcl LogFactory) logger that logs ex.getMessage() or concatenates ex into debug and warn messages.
import java.net.URI;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

class RemoteFeatureFlagSource {

    protected final Log logger = LogFactory.getLog(getClass());

    private final RestTemplate restTemplate;
    private final URI endpoint;

    RemoteFeatureFlagSource(RestTemplate restTemplate, URI endpoint) {
        this.restTemplate = restTemplate;
        this.endpoint = endpoint;
    }

    public boolean isEnabled(String flag) {
        try {
            Boolean enabled = restTemplate.getForObject(endpoint.resolve("/flags/" + flag), Boolean.class);
            return Boolean.TRUE.equals(enabled);
        } catch (RestClientException ex) {
            if (logger.isDebugEnabled()) {
                logger.debug("Could not fetch flag '" + flag + "' from " + endpoint + ": " + ex.getMessage()); // expect: lost-stack-trace "`ex.getMessage()`"
            }
            return false;
        }
    }

    public void ping() {
        try {
            restTemplate.headForHeaders(endpoint);
        } catch (RestClientException ex) {
            logger.warn("Feature flag service unreachable: " + ex); // expect: lost-stack-trace
        }
    }

    public void refresh() {
        try {
            restTemplate.postForLocation(endpoint.resolve("/flags/refresh"), null);
        } catch (RestClientException ex) {
            logger.error("Feature flag refresh failed", ex);
        }
    }
}
