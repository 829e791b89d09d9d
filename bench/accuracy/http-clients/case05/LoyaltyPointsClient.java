// Loyalty points lookups through a WebClient created in the constructor from the configured
// base URL.
package httpclients.case05;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Service
public class LoyaltyPointsClient {

    private final WebClient webClient;

    public LoyaltyPointsClient(@Value("${loyalty.base-url}") String baseUrl) {
        this.webClient = WebClient.create(baseUrl); // hang
    }

    public Mono<PointsBalance> balance(String memberId) {
        return webClient.get()
                .uri("/members/{id}/balance", memberId)
                .retrieve()
                .bodyToMono(PointsBalance.class)
                .onErrorResume(WebClientResponseException.NotFound.class,
                        e -> Mono.just(PointsBalance.empty(memberId)));
    }

    public Flux<PointsBalance.PointsEvent> history(String memberId, int limit) {
        return webClient.get()
                .uri(uri -> uri.path("/members/{id}/events").queryParam("limit", limit).build(memberId))
                .retrieve()
                .bodyToFlux(PointsBalance.PointsEvent.class);
    }
}
