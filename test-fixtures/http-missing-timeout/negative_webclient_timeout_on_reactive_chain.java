// WebClient with no connector timeout whose every call bounds the exchange with .timeout(..) on the reactive chain: a local client, and a field created in the constructor.
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;

@Service
class DeliveryEstimateClient {

    private final WebClient webClient;
    private final Duration timeout;

    DeliveryEstimateClient(@Value("${delivery.base-url}") String baseUrl,
                           @Value("${delivery.timeout:PT2S}") Duration timeout) {
        this.webClient = WebClient.create(baseUrl);
        this.timeout = timeout;
    }

    Mono<String> estimate(String postcode) {
        return webClient.get()
                .uri("/estimates/{postcode}", postcode)
                .retrieve()
                .bodyToMono(String.class)
                .timeout(timeout);
    }

    Mono<Void> confirm(String orderId) {
        return webClient.post()
                .uri("/orders/{id}/confirm", orderId)
                .retrieve()
                .bodyToMono(Void.class)
                .timeout(Duration.ofSeconds(5));
    }

    Mono<String> carrierStatus(String carrierUrl, String trackingId) {
        WebClient carrier = WebClient.create(carrierUrl);
        return carrier.get()
                .uri("/track/{id}", trackingId)
                .retrieve()
                .bodyToMono(String.class)
                .timeout(Duration.ofSeconds(4), Mono.just("UNKNOWN"));
    }
}
