package com.agrisense.fields;

import java.time.Instant;

public record MoistureReading(Long sensorId, double volumetricPercent, Instant measuredAt) {
}
