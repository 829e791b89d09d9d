// A payment service whose catch blocks pass the exception to SLF4J, alone or as the last argument after placeholders.
import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

record ChargeRequest(String paymentId, BigDecimal amount, String currency) {
}

@Service
class PaymentCaptureService {

    private static final Logger log = LoggerFactory.getLogger(PaymentCaptureService.class);

    private final RestTemplate restTemplate;

    PaymentCaptureService(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    boolean capture(ChargeRequest request) {
        boolean captured = false;
        try {
            restTemplate.postForEntity("https://psp.example.com/v2/captures", request, Void.class);
            captured = true;
        } catch (HttpClientErrorException e) {
            log.warn("Capture of payment {} rejected with {}", request.paymentId(), e.getStatusCode(), e);
        } catch (RestClientException ex) {
            log.error("Capture failed", ex);
        }
        return captured;
    }

    void refund(String paymentId) {
        try {
            restTemplate.delete("https://psp.example.com/v2/captures/{id}", paymentId);
        } catch (RestClientException e) {
            log.atError().setCause(e).addKeyValue("paymentId", paymentId).log("Refund failed");
        }
    }
}
