// Uses Lombok (not on the javac classpath, left out of the javac run): the @Getter accessors do not resolve, so the rule stays silent.
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Getter
@AllArgsConstructor
class ShipmentTracking {

    private Long id;
    private String carrierCode;
    private String trackingNumber;
}

@RestController
@RequiredArgsConstructor
class ShipmentTrackingController {

    private final Map<String, ShipmentTracking> byTrackingNumber = new ConcurrentHashMap<>();

    @GetMapping("/shipments/{trackingNumber}/carrier")
    ResponseEntity<String> carrier(@PathVariable String trackingNumber, @RequestParam String shipmentId) {
        ShipmentTracking tracking = byTrackingNumber.get(trackingNumber);
        if (tracking == null || !tracking.getId().equals(shipmentId)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(tracking.getCarrierCode());
    }
}
