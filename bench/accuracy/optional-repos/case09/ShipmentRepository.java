package opt.case09;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ShipmentRepository extends JpaRepository<Shipment, Long> {

    List<Shipment> findByCarrierAndShippedOnAfter(String carrier, LocalDate after);
}
