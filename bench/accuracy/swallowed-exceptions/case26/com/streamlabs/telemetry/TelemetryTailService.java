package com.streamlabs.telemetry;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.scheduler.Schedulers;

@Service
public class TelemetryTailService {

    private final Path telemetryDir;

    public TelemetryTailService(TelemetryProperties properties) {
        this.telemetryDir = properties.directory();
    }

    public Flux<String> replay(String deviceId) {
        Path file = telemetryDir.resolve(deviceId + ".jsonl");
        return Flux.<String>create(sink -> emitLines(file, sink))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private void emitLines(Path file, FluxSink<String> sink) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null && !sink.isCancelled()) {
                sink.next(line);
            }
            sink.complete();
        } catch (IOException e) {
            sink.error(e);
        }
    }
}
