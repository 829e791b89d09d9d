// WebFlux @RestController handlers returning entities of another file in Mono, Flux and Mono<ResponseEntity<..>> around a blocking JPA repository.
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@RequestMapping("/reactive")
class ReactiveCustomerController {

    private final CustomerRepository customers;
    private final SalesOrderRepository orders;

    ReactiveCustomerController(CustomerRepository customers, SalesOrderRepository orders) {
        this.customers = customers;
        this.orders = orders;
    }

    @GetMapping("/customers/{id}")
    public Mono<Customer> customer(@PathVariable Long id) { // expect: entity-in-response "`Customer`"
        return Mono.fromCallable(() -> customers.findById(id).orElse(null))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/orders/open")
    public Flux<SalesOrder> openOrders() { // expect: entity-in-response "`SalesOrder`"
        return Flux.fromStream(() -> orders.findByStatus(OrderStatus.OPEN).stream())
                .subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/orders/{id}")
    public Mono<ResponseEntity<SalesOrder>> order(@PathVariable Long id) { // expect: entity-in-response "`SalesOrder`"
        return Mono.fromCallable(() -> orders.findById(id))
                .subscribeOn(Schedulers.boundedElastic())
                .map(found -> found.map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build()));
    }

    @GetMapping("/orders/count")
    public Mono<Long> countOrders() {
        return Mono.fromCallable(orders::count).subscribeOn(Schedulers.boundedElastic());
    }

    @DeleteMapping("/orders/{id}")
    public Mono<Void> deleteOrder(@PathVariable Long id) {
        return Mono.fromRunnable(() -> orders.deleteById(id))
                .subscribeOn(Schedulers.boundedElastic())
                .then();
    }
}
