// A shipping service whose catch block logs only e.getMessage() and then throws a new exception without cause, so both lose the trace.
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

record ShipmentLabel(String trackingNumber, String labelUrl) {
}

@Service
class ShippingLabelService {

    private static final Logger log = LoggerFactory.getLogger(ShippingLabelService.class);

    private final RestClient carrierClient;

    ShippingLabelService(RestClient carrierClient) {
        this.carrierClient = carrierClient;
    }

    public ShipmentLabel createLabel(String orderId) {
        try {
            ResponseEntity<ShipmentLabel> response = carrierClient.post()
                    .uri("/labels?order={id}", orderId)
                    .retrieve()
                    .toEntity(ShipmentLabel.class);
            return response.getBody();
        } catch (RestClientException e) {
            log.error("Carrier rejected label for order {}: {}", orderId, e.getMessage()); // expect: lost-stack-trace "`e.getMessage()`"
            throw new ServiceException("Could not create shipping label for order " + orderId); // expect: lost-stack-trace "ServiceException"
        }
    }

    public void cancelLabel(String trackingNumber) {
        try {
            carrierClient.delete().uri("/labels/{tracking}", trackingNumber).retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            log.warn("Cancelling label {} failed: {}", trackingNumber, e.getMessage());
            throw new ServiceException("Could not cancel label " + trackingNumber, e);
        }
    }
}
