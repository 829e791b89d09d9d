package io.greenfield.telemetry.readings;

import java.time.Instant;

import org.springframework.data.annotation.Id;

public record Reading(@Id Long id, String sensorId, double value, String unit, Instant takenAt) {
}
