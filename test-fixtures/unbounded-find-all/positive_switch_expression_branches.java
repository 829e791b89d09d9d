// A shipment handler whose switch expression picks findAll(), an unbounded findByStatus(..) or a Limit-bounded query; only the first two are reported.
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/shipments")
class ShipmentController {

    private final ShipmentRepository shipmentRepository;

    ShipmentController(ShipmentRepository shipmentRepository) {
        this.shipmentRepository = shipmentRepository;
    }

    @GetMapping
    public List<Shipment> list(@RequestParam(defaultValue = "all") String view,
                               @RequestParam(required = false) String carrier) {
        return switch (view) {
            case "all" -> shipmentRepository.findAll(); // expect: unbounded-find-all "`findAll`"
            case "delayed" -> shipmentRepository.findByStatus("DELAYED"); // expect: unbounded-find-all "`findByStatus`"
            default -> shipmentRepository.findByCarrier(carrier, Limit.of(50));
        };
    }

    @GetMapping("/in-transit")
    public List<Shipment> inTransit(@RequestParam(defaultValue = "false") boolean everything) {
        if (everything) {
            return shipmentRepository.findByStatus("IN_TRANSIT"); // expect: unbounded-find-all "`findByStatus`"
        }
        return shipmentRepository.findByStatusOrderByUpdatedAtDesc("IN_TRANSIT", Limit.of(25));
    }
}
