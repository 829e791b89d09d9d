package io.greenfield.telemetry.readings;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;

import reactor.core.publisher.Flux;

public interface ReadingRepository extends ReactiveCrudRepository<Reading, Long> {

    Flux<Reading> findBySensorIdOrderByTakenAtDesc(String sensorId, Pageable pageable);
}
