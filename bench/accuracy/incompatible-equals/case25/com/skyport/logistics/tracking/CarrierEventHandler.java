package com.skyport.logistics.tracking;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CarrierEventHandler {

    private static final Logger log = LoggerFactory.getLogger(CarrierEventHandler.class);

    @PersistenceContext
    private EntityManager em;

    private final ApplicationEventPublisher events;

    public CarrierEventHandler(ApplicationEventPublisher events) {
        this.events = events;
    }

    public record ShipmentDelivered(String trackingNumber, String recipientEmail, Instant at) {
    }

    @Transactional
    public void onScan(String trackingNumber, String carrierCode, Instant scannedAt) {
        Shipment shipment = em.find(Shipment.class, trackingNumber);
        if (shipment == null) {
            log.warn("Scan for unknown shipment {}", trackingNumber);
            return;
        }
        if (shipment.getStatus().equals("DELIVERED")) {
            log.info("Ignoring late scan {} for delivered shipment {}", carrierCode, trackingNumber);
            return;
        }
        ShipmentStatus next = toStatus(carrierCode);
        shipment.setStatus(next);
        if (next == ShipmentStatus.DELIVERED) {
            shipment.setDeliveredAt(scannedAt);
            events.publishEvent(new ShipmentDelivered(trackingNumber, shipment.getRecipientEmail(), scannedAt));
        }
    }

    private static ShipmentStatus toStatus(String carrierCode) {
        return switch (carrierCode) {
            case "PU" -> ShipmentStatus.PICKED_UP;
            case "DEP", "ARR" -> ShipmentStatus.IN_TRANSIT;
            case "OFD" -> ShipmentStatus.OUT_FOR_DELIVERY;
            case "DLV" -> ShipmentStatus.DELIVERED;
            case "RTS" -> ShipmentStatus.RETURNED;
            default -> throw new IllegalArgumentException("Unknown carrier code " + carrierCode);
        };
    }
}
