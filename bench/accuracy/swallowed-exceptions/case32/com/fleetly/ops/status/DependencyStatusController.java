package com.fleetly.ops.status;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DependencyStatusController {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final List<DependencyProbe> probes;

    public DependencyStatusController(List<DependencyProbe> probes) {
        this.probes = probes;
    }

    @GetMapping("/internal/status")
    public ResponseEntity<Map<String, Object>> status() {
        boolean allUp = true;
        Map<String, String> details = new LinkedHashMap<>();
        for (DependencyProbe probe : probes) {
            String state = "UP";
            try {
                probe.check(PROBE_TIMEOUT);
            } catch (ProbeFailedException | TimeoutException e) {
                state = "DOWN";
                allUp = false;
            }
            details.put(probe.name(), state);
        }
        Map<String, Object> body = Map.of("status", allUp ? "UP" : "DEGRADED", "dependencies", details);
        return ResponseEntity.status(allUp ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }
}
