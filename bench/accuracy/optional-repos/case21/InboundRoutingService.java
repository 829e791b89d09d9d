package opt.case21;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class InboundRoutingService {

    private static final Logger log = LoggerFactory.getLogger(InboundRoutingService.class);

    private final WarehouseRepository warehouseRepository;

    public InboundRoutingService(WarehouseRepository warehouseRepository) {
        this.warehouseRepository = warehouseRepository;
    }

    public ZonedDateTime localDockTime(String warehouseCode, ZonedDateTime arrival) {
        Optional<Warehouse> warehouse = warehouseRepository.findByCode(warehouseCode);
        if (!warehouse.isPresent()) {
            log.warn("Shipment routed to unknown warehouse {}", warehouseCode);
        }
        ZoneId zone = ZoneId.of(warehouse.get().getTimezone()); // get
        return arrival.withZoneSameInstant(zone);
    }
}
