package opt.case09;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class CarrierStatsService {

    private final ShipmentRepository shipmentRepository;

    public CarrierStatsService(ShipmentRepository shipmentRepository) {
        this.shipmentRepository = shipmentRepository;
    }

    public CarrierStats statsFor(String carrier, int lookbackDays) {
        LocalDate since = LocalDate.now().minusDays(lookbackDays);
        List<Shipment> shipments = shipmentRepository.findByCarrierAndShippedOnAfter(carrier, since);
        int slowest = shipments.stream().mapToInt(Shipment::getTransitDays).max().getAsInt(); // get
        long late = shipments.stream().filter(s -> s.getTransitDays() > 5).count();
        return new CarrierStats(carrier, shipments.size(), slowest, late);
    }

    public record CarrierStats(String carrier, int shipments, int slowestDays, long late) {
    }
}
