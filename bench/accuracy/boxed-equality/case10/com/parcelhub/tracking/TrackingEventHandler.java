package com.parcelhub.tracking;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class TrackingEventHandler {

    private static final Logger log = LoggerFactory.getLogger(TrackingEventHandler.class);

    /**
     * Applies the latest carrier statuses (by shipment id) to the shipments that are still open.
     */
    public int apply(List<Shipment> open, Map<Long, ShipmentStatus> latestByShipment) {
        int changed = 0;
        for (Shipment shipment : open) {
            ShipmentStatus reported = latestByShipment.get(shipment.getId());
            if (reported == null || reported == shipment.getStatus()) {
                continue;
            }
            if (shipment.getStatus() == ShipmentStatus.DELIVERED && reported != ShipmentStatus.RETURNED) {
                log.info("Ignoring {} for delivered shipment {}", reported, shipment.getTrackingNumber());
                continue;
            }
            shipment.setStatus(reported);
            changed++;
        }
        return changed;
    }
}
