package com.parcelhub.tracking.events;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

@Component
public class ShipmentEventPublisher {

    private static final Logger LOG = LogManager.getLogger(ShipmentEventPublisher.class);

    private final TrackingBroker broker;

    public ShipmentEventPublisher(TrackingBroker broker) {
        this.broker = broker;
    }

    @EventListener
    public void onStatusChanged(ShipmentStatusChanged event) {
        String routingKey = "shipment." + event.status().name().toLowerCase();
        try {
            broker.publish(routingKey, event.trackingNumber(), event.toJson());
        } catch (TrackingBroker.BrokerUnavailableException e) {
            LOG.error("Failed to publish {} for shipment {}", routingKey, event.trackingNumber(), e);
        }
    }
}
