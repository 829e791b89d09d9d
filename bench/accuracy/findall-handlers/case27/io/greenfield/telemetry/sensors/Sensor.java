package io.greenfield.telemetry.sensors;

import java.time.Instant;

import org.springframework.data.annotation.Id;

public record Sensor(
        @Id String id,
        String site,
        String kind,
        double calibrationOffset,
        Instant installedAt) {
}
