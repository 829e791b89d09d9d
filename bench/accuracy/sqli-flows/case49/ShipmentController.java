package eval5.case49;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/logistics/shipments")
public class ShipmentController {

    private static final Logger log = LoggerFactory.getLogger(ShipmentController.class);

    private final ShipmentService shipmentService;

    public ShipmentController(ShipmentService shipmentService) {
        this.shipmentService = shipmentService;
    }

    @GetMapping
    public ResponseEntity<List<ShipmentRepository.ShipmentView>> byCarrier(
            @RequestParam("carrier") String carrier,
            @RequestParam(name = "limit", defaultValue = "50") int limit) {
        if (carrier.isBlank()) {
            return ResponseEntity.badRequest().build();
        }
        log.debug("listing shipments for carrier {}", carrier);
        List<ShipmentRepository.ShipmentView> shipments = shipmentService.openShipments(carrier, limit);
        return ResponseEntity.ok(shipments);
    }
}
