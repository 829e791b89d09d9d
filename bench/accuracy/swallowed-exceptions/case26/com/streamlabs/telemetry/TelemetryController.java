package com.streamlabs.telemetry;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

@RestController
public class TelemetryController {

    private final TelemetryTailService tail;

    public TelemetryController(TelemetryTailService tail) {
        this.tail = tail;
    }

    @GetMapping(value = "/devices/{deviceId}/telemetry", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<String> telemetry(@PathVariable String deviceId) {
        return tail.replay(deviceId);
    }
}
