package io.greenfield.telemetry.readings;

import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;

@RestController
public class ReadingController {

    private static final int MAX_PAGE_SIZE = 500;

    private final ReadingRepository readingRepository;

    public ReadingController(ReadingRepository readingRepository) {
        this.readingRepository = readingRepository;
    }

    @GetMapping("/sensors/{sensorId}/readings")
    public Flux<Reading> readings(@PathVariable String sensorId,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "100") int size) {
        int boundedSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        return readingRepository.findBySensorIdOrderByTakenAtDesc(sensorId, PageRequest.of(page, boundedSize));
    }
}
