package com.agrisense.fields;

import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

@Service
public class MoistureStreamService {

    private final WebClient.Builder webClients;

    public MoistureStreamService(WebClient.Builder webClients) {
        this.webClients = webClients;
    }

    /**
     * Streams the readings of one sensor from its gateway, which multiplexes all sensors of a
     * field on a single event stream.
     */
    public Flux<MoistureReading> readings(Sensor sensor) {
        return webClients.baseUrl(sensor.getGatewayUrl()).build()
                .get()
                .uri("/fields/{fieldId}/readings", sensor.getFieldId())
                .accept(MediaType.APPLICATION_NDJSON)
                .retrieve()
                .bodyToFlux(MoistureReading.class)
                .filter(reading -> reading.sensorId() == sensor.getId())
                .timeout(Duration.ofMinutes(5));
    }
}
