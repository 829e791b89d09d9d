package com.roamly.travel.weather;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.time.Duration;

@Service
public class WeatherClient {

    private final WebClient webClient;

    public WeatherClient(WebClient.Builder builder, @Value("${roamly.weather.base-url}") String baseUrl) {
        this.webClient = builder.baseUrl(baseUrl).build();
    }

    public Mono<Forecast> forecast(double latitude, double longitude) {
        return webClient.get()
                .uri(b -> b.path("/v2/forecast")
                        .queryParam("lat", latitude)
                        .queryParam("lon", longitude)
                        .queryParam("days", 5)
                        .build())
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(Forecast.class)
                .timeout(Duration.ofSeconds(3))
                .doOnError(e -> e.printStackTrace())
                .onErrorResume(e -> Mono.empty());
    }
}
