// WebFlux functional handler for order cancellation: the order is marked cancelled, its stock
// released, and the response waits for both.
package ignoredfutures.case29;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

@Component
public class OrderCancellationHandler {

    private final CancellableOrderRepository orders;
    private final StockReleaseClient stockReleaseClient;

    public OrderCancellationHandler(CancellableOrderRepository orders, StockReleaseClient stockReleaseClient) {
        this.orders = orders;
        this.stockReleaseClient = stockReleaseClient;
    }

    public Mono<ServerResponse> cancel(ServerRequest request) {
        String orderId = request.pathVariable("id");
        Mono<CancellableOrderRepository.CancellableOrder> cancelled = orders.findById(orderId)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
                .filter(CancellableOrderRepository.CancellableOrder::cancellable)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.CONFLICT, "already shipped")))
                .flatMap(order -> orders.save(order.cancelled()));
        Mono<Void> released = stockReleaseClient.release(orderId);
        return Mono.when(cancelled, released)
                .then(ServerResponse.noContent().build());
    }
}
