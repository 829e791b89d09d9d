// Catch blocks that pass the exception to helpers of the scanned sources: a reporter bean and a private log method.
import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

@Component
class FailureReporter {

    private static final Logger log = LoggerFactory.getLogger(FailureReporter.class);

    void report(String context, Throwable failure) {
        log.error("Failure in {}", context, failure);
    }
}

@Service
class SellerPayoutService {

    private static final Logger log = LoggerFactory.getLogger(SellerPayoutService.class);

    private final FailureReporter reporter;
    private final RestTemplate restTemplate;

    SellerPayoutService(FailureReporter reporter, RestTemplate restTemplate) {
        this.reporter = reporter;
        this.restTemplate = restTemplate;
    }

    void payout(long sellerId, BigDecimal amount) {
        try {
            restTemplate.postForLocation("https://bank.example.com/transfers", new PayoutOrder(sellerId, amount));
        } catch (RestClientException e) {
            reporter.report("payout for seller " + sellerId, e);
        }
        try {
            restTemplate.put("https://ledger.internal/sellers/{id}/balance", amount.negate(), sellerId);
        } catch (RestClientException e) {
            logStepFailure("ledger update", e);
        }
    }

    private void logStepFailure(String step, Exception cause) {
        log.warn("Payout step {} failed", step, cause);
    }

    record PayoutOrder(long sellerId, BigDecimal amount) {
    }
}
