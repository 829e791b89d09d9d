// WebFlux handlers that load SalesOrder entities on a bounded elastic scheduler but map them to records before emitting, or emit nothing.
import java.math.BigDecimal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

record OrderTicker(Long orderId, String customerName, BigDecimal total) {

    static OrderTicker of(SalesOrder order) {
        return new OrderTicker(order.getId(), order.getCustomer().getFullName(), order.getTotal());
    }
}

@RestController
@RequestMapping("/reactive/v2/orders")
class ReactiveOrderTickerController {

    private final SalesOrderRepository orders;

    ReactiveOrderTickerController(SalesOrderRepository orders) {
        this.orders = orders;
    }

    @GetMapping("/{id}")
    public Mono<OrderTicker> order(@PathVariable Long id) {
        return Mono.fromCallable(() -> orders.findById(id).orElse(null))
                .subscribeOn(Schedulers.boundedElastic())
                .map(OrderTicker::of);
    }

    @GetMapping(path = "/open", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<OrderTicker> openOrders() {
        return Flux.fromStream(() -> orders.findByStatus(OrderStatus.OPEN).stream())
                .subscribeOn(Schedulers.boundedElastic())
                .map(OrderTicker::of);
    }

    @GetMapping("/open/ids")
    public Flux<String> openOrderIds() {
        return Flux.fromStream(() -> orders.findByStatus(OrderStatus.OPEN).stream())
                .map(order -> String.valueOf(order.getId()));
    }

    @DeleteMapping("/{id}")
    public Mono<ResponseEntity<Void>> delete(@PathVariable Long id) {
        return Mono.fromRunnable(() -> orders.deleteById(id))
                .subscribeOn(Schedulers.boundedElastic())
                .then(Mono.just(ResponseEntity.noContent().<Void>build()));
    }

    @DeleteMapping("/cancelled")
    public Mono<Void> purgeCancelled() {
        return Mono.fromRunnable(() -> orders.deleteAll(orders.findByStatus(OrderStatus.CANCELLED)))
                .subscribeOn(Schedulers.boundedElastic())
                .then();
    }
}
