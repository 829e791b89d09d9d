package io.greenfield.telemetry.sensors;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

public interface SensorRepository extends ReactiveCrudRepository<Sensor, String> {
}
