// Inventory reservations through a WebClient bean defined by the platform starter and
// injected by qualifier.
package httpclients.case11;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Service
public class InventoryReservationClient {

    private final WebClient inventoryWebClient;

    public InventoryReservationClient(@Qualifier("inventoryWebClient") WebClient inventoryWebClient) {
        this.inventoryWebClient = inventoryWebClient;
    }

    public Mono<ReservationResult> reserve(String orderId, String sku, int quantity) {
        return inventoryWebClient.post()
                .uri("/reservations")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new ReservationRequest(orderId, sku, quantity))
                .retrieve()
                .bodyToMono(ReservationResult.class);
    }

    public Mono<Void> release(String reservationId) {
        return inventoryWebClient.delete()
                .uri("/reservations/{id}", reservationId)
                .retrieve()
                .toBodilessEntity()
                .then();
    }
}
