// WebClient created in the constructor with no connector timeout, whose calls bound one exchange with .timeout(..) but not another; and a WebClient in a record whose only call has no .timeout(..).
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

record ChatCompletionEndpoint(String baseUrl) {

    Flux<String> stream(String prompt) {
        return WebClient.create(baseUrl) // expect: http-missing-timeout "`WebClient`"
                .post()
                .uri("/v1/chat/completions")
                .bodyValue(prompt)
                .retrieve()
                .bodyToFlux(String.class);
    }
}

@Service
class AvailabilityClient {

    private final WebClient webClient;

    AvailabilityClient(@Value("${availability.base-url}") String baseUrl) {
        this.webClient = WebClient.create(baseUrl); // expect: http-missing-timeout "`WebClient`"
    }

    Mono<String> rooms(String hotelId) {
        return webClient.get()
                .uri("/hotels/{id}/rooms", hotelId)
                .retrieve()
                .bodyToMono(String.class)
                .timeout(Duration.ofSeconds(3));
    }

    Mono<String> rates(String hotelId) {
        return webClient.get()
                .uri("/hotels/{id}/rates", hotelId)
                .retrieve()
                .bodyToMono(String.class);
    }
}
