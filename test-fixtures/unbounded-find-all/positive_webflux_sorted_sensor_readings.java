// WebFlux handlers on a reactive repository that also extends ReactiveSortingRepository: findAll(Sort), a derived Flux query wrapped in ResponseEntity, and a filtered findAll().
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import org.springframework.data.repository.reactive.ReactiveSortingRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

record SensorReading(@Id Long id, String deviceId, double value, Instant recordedAt) {
}

interface SensorReadingRepository extends ReactiveCrudRepository<SensorReading, Long>, ReactiveSortingRepository<SensorReading, Long> {

    Flux<SensorReading> findByDeviceId(String deviceId);

    Mono<SensorReading> findFirstByDeviceIdOrderByRecordedAtDesc(String deviceId);
}

@RestController
@RequestMapping("/api/readings")
class SensorReadingController {

    private final SensorReadingRepository readings;

    SensorReadingController(SensorReadingRepository readings) {
        this.readings = readings;
    }

    @GetMapping
    public Flux<SensorReading> all() {
        return readings.findAll(Sort.by(Sort.Direction.DESC, "recordedAt")); // expect: unbounded-find-all "`findAll`"
    }

    @GetMapping("/devices/{deviceId}")
    public ResponseEntity<Flux<SensorReading>> forDevice(@PathVariable String deviceId) {
        return ResponseEntity.ok(readings.findByDeviceId(deviceId)); // expect: unbounded-find-all "`findByDeviceId`"
    }

    @GetMapping("/above")
    public Flux<SensorReading> above(@RequestParam double threshold) {
        return readings.findAll().filter(r -> r.value() > threshold); // expect: unbounded-find-all "`findAll`"
    }

    @GetMapping("/devices/{deviceId}/latest")
    public Mono<SensorReading> latest(@PathVariable String deviceId) {
        return readings.findFirstByDeviceIdOrderByRecordedAtDesc(deviceId);
    }
}
