// Releases an order's stock reservation in the inventory service.
package ignoredfutures.case29;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Component
public class StockReleaseClient {

    private final WebClient inventoryWebClient;

    public StockReleaseClient(WebClient inventoryWebClient) {
        this.inventoryWebClient = inventoryWebClient;
    }

    public Mono<Void> release(String orderId) {
        return inventoryWebClient.delete()
                .uri("/reservations/by-order/{orderId}", orderId)
                .retrieve()
                .bodyToMono(Void.class);
    }
}
