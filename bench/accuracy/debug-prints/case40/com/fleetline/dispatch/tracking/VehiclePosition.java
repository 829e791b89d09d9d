package com.fleetline.dispatch.tracking;

import java.time.Instant;

public record VehiclePosition(String vehicleId, double latitude, double longitude, double speedKmh, Instant at) {
}
