// A shipment tracking controller whose derived queries take a Limit or Pageable parameter, so every response is capped.
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Entity
@Table(name = "shipments")
class Shipment {

    @Id
    @GeneratedValue
    private Long id;

    private String trackingNumber;

    private String carrier;

    private String status;

    private String destinationCountry;

    private Instant updatedAt;

    protected Shipment() {
    }

    public Long getId() {
        return id;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getStatus() {
        return status;
    }

    public String getDestinationCountry() {
        return destinationCountry;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}

interface ShipmentRepository extends JpaRepository<Shipment, Long> {

    List<Shipment> findByCarrier(String carrier, Limit limit);

    List<Shipment> findByStatusOrderByUpdatedAtDesc(String status, Limit limit);

    Page<Shipment> findByDestinationCountry(String country, Pageable pageable);

    List<Shipment> findByStatus(String status);
}

@RestController
@RequestMapping("/api/shipments/tracking")
class ShipmentTrackingController {

    private static final Limit DEFAULT_LIMIT = Limit.of(100);

    private final ShipmentRepository shipmentRepository;

    ShipmentTrackingController(ShipmentRepository shipmentRepository) {
        this.shipmentRepository = shipmentRepository;
    }

    @GetMapping("/carriers/{carrier}")
    public List<Shipment> byCarrier(@PathVariable String carrier) {
        return shipmentRepository.findByCarrier(carrier, DEFAULT_LIMIT);
    }

    @GetMapping("/status/{status}")
    public List<String> trackingNumbers(@PathVariable String status,
                                        @RequestParam(defaultValue = "50") int max) {
        return shipmentRepository.findByStatusOrderByUpdatedAtDesc(status, Limit.of(Math.min(max, 500)))
                .stream()
                .map(Shipment::getTrackingNumber)
                .toList();
    }

    @GetMapping("/countries/{country}")
    public Page<Shipment> byCountry(@PathVariable String country, @RequestParam(defaultValue = "0") int page) {
        return shipmentRepository.findByDestinationCountry(country, PageRequest.of(page, 40));
    }
}
