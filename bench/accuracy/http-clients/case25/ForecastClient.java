// Weather forecasts for delivery planning through a WebClient created from the forecast URL;
// each call bounds its wait on the reactive chain.
package httpclients.case25;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Service
public class ForecastClient {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(4);

    private final WebClient webClient;

    public ForecastClient(@Value("${forecast.url}") String url) {
        this.webClient = WebClient.create(url);
    }

    public Mono<Forecast> daily(String postcode) {
        return webClient.get()
                .uri(builder -> builder.path("/daily").queryParam("postcode", postcode).build())
                .retrieve()
                .bodyToMono(Forecast.class)
                .timeout(CALL_TIMEOUT)
                .onErrorResume(TimeoutException.class, e -> Mono.empty());
    }

    public Flux<Forecast> hourly(String postcode) {
        return webClient.get()
                .uri("/hourly/{postcode}", postcode)
                .retrieve()
                .bodyToFlux(Forecast.class)
                .timeout(CALL_TIMEOUT);
    }

    public record Forecast(String postcode, String period, double precipitationMm, double windKmh) {
    }
}
