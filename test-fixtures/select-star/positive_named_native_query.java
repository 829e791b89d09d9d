// @NamedNativeQuery on an entity and EntityManager.createNativeQuery with SQL that selects all columns.
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

@Entity
@Table(name = "shipments")
@NamedNativeQuery(
        name = "Shipment.findPendingNative",
        query = "SELECT * FROM shipments WHERE status = 'PENDING' ORDER BY created_at",  // expect: select-star "`shipments`"
        resultClass = Shipment.class)
@NamedNativeQuery(
        name = "Shipment.findByCarrierNative",
        query = "select s.* from shipments s join carriers c on c.id = s.carrier_id where c.code = ?1",  // expect: select-star "`shipments`"
        resultClass = Shipment.class)
class Shipment {
    @Id
    Long id;
    String status;
    Instant createdAt;
    Instant expectedAt;
}

class ShipmentQueries {

    private final EntityManager entityManager;

    ShipmentQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<Shipment> pending() {
        return entityManager.createNamedQuery("Shipment.findPendingNative", Shipment.class).getResultList();
    }

    @SuppressWarnings("unchecked")
    List<Shipment> late() {
        return entityManager
                .createNativeQuery("SELECT * FROM shipments WHERE expected_at < CURRENT_TIMESTAMP", Shipment.class)  // expect: select-star "`shipments`"
                .getResultList();
    }
}
