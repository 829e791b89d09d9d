package com.trailhead.fleet.routing;

import java.time.Instant;

public record GeoPoint(double latitude, double longitude, Instant recordedAt) {
}
