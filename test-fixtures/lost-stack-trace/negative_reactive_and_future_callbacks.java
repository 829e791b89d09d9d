// Reactor and CompletableFuture error callbacks that log the error's message in lambdas, which are not catch blocks.
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

record WeatherReport(String city, double temperature) {
}

@Service
class WeatherGateway {

    private static final Logger log = LoggerFactory.getLogger(WeatherGateway.class);

    private final WebClient webClient;

    WeatherGateway(WebClient webClient) {
        this.webClient = webClient;
    }

    public Mono<WeatherReport> current(String city) {
        return webClient.get()
                .uri("/weather/{city}", city)
                .retrieve()
                .bodyToMono(WeatherReport.class)
                .timeout(Duration.ofSeconds(2))
                .doOnError(WebClientResponseException.class,
                        ex -> log.warn("Weather API answered {}: {}", ex.getStatusCode(), ex.getMessage()))
                .onErrorResume(ex -> {
                    log.info("Serving no weather for {}: {}", city, ex.toString());
                    return Mono.empty();
                });
    }

    public CompletableFuture<WeatherReport> currentAsync(String city) {
        return current(city).toFuture()
                .exceptionally(error -> {
                    log.error("Async weather lookup for " + city + " failed: " + error.getMessage());
                    return new WeatherReport(city, Double.NaN);
                });
    }
}
