// Handlers returning entities of another file under several wrappers: Mono<ResponseEntity<List<..>>>, ResponseEntity<Set<..>>, CompletableFuture<Optional<..>> and Flux<List<..>>.
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@RequestMapping("/api/order-lines")
class OrderLineQueryController {

    private final SalesOrderRepository orders;
    private final CustomerRepository customers;

    OrderLineQueryController(SalesOrderRepository orders, CustomerRepository customers) {
        this.orders = orders;
        this.customers = customers;
    }

    @GetMapping("/order/{orderId}")
    public Mono<ResponseEntity<List<OrderLine>>> linesOfOrder(@PathVariable Long orderId) { // expect: entity-in-response "`OrderLine`"
        return Mono.fromCallable(() -> orders.findWithLines(orderId))
                .subscribeOn(Schedulers.boundedElastic())
                .map(found -> found.map(order -> ResponseEntity.ok(order.getLines()))
                        .orElseGet(() -> ResponseEntity.notFound().build()));
    }

    @GetMapping("/order/{orderId}/distinct")
    public ResponseEntity<Set<OrderLine>> distinctLines(@PathVariable Long orderId) { // expect: entity-in-response "`OrderLine`"
        return orders.findWithLines(orderId)
                .map(order -> ResponseEntity.ok(Set.copyOf(order.getLines())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/customer-by-email/{email}")
    public CompletableFuture<Optional<Customer>> customerByEmail(@PathVariable String email) { // expect: entity-in-response "`Customer`"
        return CompletableFuture.supplyAsync(() -> customers.findByEmail(email));
    }

    @GetMapping("/open/batches")
    public Flux<List<OrderLine>> openLinesInBatches() { // expect: entity-in-response "`OrderLine`"
        return Flux.fromStream(() -> orders.findByStatus(OrderStatus.OPEN).stream())
                .flatMapIterable(SalesOrder::getLines)
                .buffer(100)
                .subscribeOn(Schedulers.boundedElastic());
    }
}
