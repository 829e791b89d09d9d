package com.parcelpoint.shipping.batch;

import java.time.Instant;

public record ShipmentStatusUpdate(long shipmentId, ShipmentStatus status, Instant occurredAt) {
}
