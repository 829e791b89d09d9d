// Spring Data calls that are not an insert race: an existsById check before save (the id is the primary key), and findBy...().orElseThrow() lookups whose found entity is updated and saved back.
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Entity
class Shipment {

    @Id
    private String trackingNumber;

    private String carrier;

    private String status;

    private String orderReference;

    private Instant updatedAt;

    @Version
    private long version;

    protected Shipment() {
    }

    Shipment(String trackingNumber, String carrier, String orderReference) {
        this.trackingNumber = trackingNumber;
        this.carrier = carrier;
        this.orderReference = orderReference;
        this.status = "CREATED";
        this.updatedAt = Instant.now();
    }

    void moveTo(String status) {
        this.status = status;
        this.updatedAt = Instant.now();
    }
}

interface ShipmentRepository extends JpaRepository<Shipment, String> {

    Optional<Shipment> findByOrderReference(String orderReference);
}

@Service
class ShipmentTrackingService {

    private final ShipmentRepository shipments;

    ShipmentTrackingService(ShipmentRepository shipments) {
        this.shipments = shipments;
    }

    @Transactional
    void register(String trackingNumber, String carrier, String orderReference) {
        if (!shipments.existsById(trackingNumber)) {
            shipments.save(new Shipment(trackingNumber, carrier, orderReference));
        }
    }

    @Transactional
    Shipment markDelivered(String orderReference) {
        var shipment = shipments.findByOrderReference(orderReference)
                .orElseThrow(() -> new IllegalArgumentException("no shipment for " + orderReference));
        shipment.moveTo("DELIVERED");
        return shipments.save(shipment);
    }

    @Transactional
    void markLost(String orderReference) {
        Shipment shipment = shipments.findByOrderReference(orderReference).orElseThrow();
        shipment.moveTo("LOST");
        shipments.saveAndFlush(shipment);
    }

    void registerStrict(String trackingNumber, String carrier, String orderReference) {
        if (shipments.existsById(trackingNumber)) {
            throw new IllegalStateException("shipment " + trackingNumber + " exists");
        }
        shipments.save(new Shipment(trackingNumber, carrier, orderReference));
    }
}
