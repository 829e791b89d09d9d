// Webhook called by the carrier for each tracking update of a parcel.
package staticfields.case11;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CarrierWebhookController {

    private final ShipmentTracker tracker;

    public CarrierWebhookController(ShipmentTracker tracker) {
        this.tracker = tracker;
    }

    @PostMapping("/webhooks/carrier")
    public ResponseEntity<Void> update(@RequestBody TrackingUpdate update) {
        var status = CarrierStatus.fromCode(update.statusCode());
        tracker.record(update.trackingNumber(), status);
        if (status.terminal()) {
            tracker.close(update.trackingNumber());
        }
        return ResponseEntity.ok().build();
    }

    public record TrackingUpdate(String trackingNumber, String statusCode) {
    }

    public interface ShipmentTracker {
        void record(String trackingNumber, CarrierStatus status);

        void close(String trackingNumber);
    }
}
