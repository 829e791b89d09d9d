package com.parcelroute.tracking;

import java.time.OffsetDateTime;

public record TrackingView(String trackingNumber, String status, OffsetDateTime lastScanAt, String lastLocation) {

    static TrackingView from(CarrierApi.Shipment shipment) {
        var scans = shipment.scans();
        if (scans.isEmpty()) {
            return new TrackingView(shipment.trackingNumber(), shipment.status(), null, null);
        }
        var last = scans.get(scans.size() - 1);
        return new TrackingView(shipment.trackingNumber(), shipment.status(), last.at(), last.location());
    }
}
