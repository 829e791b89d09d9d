package com.parcelhub.tracking.events;

import java.time.Instant;

public record ShipmentStatusChanged(String trackingNumber, Status status, Instant at, String location) {

    public enum Status { PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, EXCEPTION }

    public String toJson() {
        return """
                {"trackingNumber":"%s","status":"%s","at":"%s","location":"%s"}"""
                .formatted(trackingNumber, status, at, location == null ? "" : location.replace("\"", "'"));
    }
}
