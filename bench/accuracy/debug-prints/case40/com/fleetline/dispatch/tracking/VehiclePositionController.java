package com.fleetline.dispatch.tracking;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.SignalType;

import java.time.Duration;
import java.util.logging.Level;

@RestController
public class VehiclePositionController {

    private static final Logger log = LoggerFactory.getLogger(VehiclePositionController.class);

    private final PositionStream positions;

    public VehiclePositionController(PositionStream positions) {
        this.positions = positions;
    }

    @GetMapping(path = "/api/fleets/{fleetId}/positions", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<VehiclePosition> stream(@PathVariable String fleetId) {
        return positions.forFleet(fleetId)
                .sample(Duration.ofSeconds(1))
                .log("dispatch.positions", Level.FINE, SignalType.ON_SUBSCRIBE, SignalType.CANCEL)
                .doOnError(e -> log.warn("Position stream for fleet {} failed", fleetId, e))
                .onErrorResume(e -> Flux.empty());
    }
}
