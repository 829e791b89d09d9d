package com.tidewater.shipping.persistence;

import java.time.Instant;

public record Shipment(long id, String trackingNumber, ShipmentStatus status, String carrier, Instant updatedAt) {
}
