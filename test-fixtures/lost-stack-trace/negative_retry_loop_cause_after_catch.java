// A retry loop whose catch block only remembers the exception and logs an attempt counter; the exception is thrown as cause after the loop, outside the catch.
import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

@Service
class RetryingChargeService {

    private static final Logger log = LoggerFactory.getLogger(RetryingChargeService.class);
    private static final int MAX_ATTEMPTS = 3;

    private final RestTemplate restTemplate;

    RetryingChargeService(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public String charge(String orderId, BigDecimal amount) {
        ResourceAccessException lastError = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                return restTemplate.postForObject("/charges?order={id}&amount={amount}", null, String.class, orderId, amount);
            } catch (ResourceAccessException e) {
                lastError = e;
                log.info("Charge attempt {} of {} for order {} timed out, retrying", attempt, MAX_ATTEMPTS, orderId);
            }
        }
        log.error("Charging order {} failed after {} attempts: {}", orderId, MAX_ATTEMPTS, lastError.getMessage());
        throw new ServiceException("Charge for order " + orderId + " failed after retries", lastError);
    }
}
