// Handlers returning records (one declared in another file) under the same wrappers the rule looks through: ResponseEntity<Page<..>>, Mono<ResponseEntity<List<..>>>, CompletableFuture<Optional<..>>, Slice and arrays.
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

record OrderLineView(String sku, int quantity, BigDecimal unitPrice) {

    static OrderLineView of(OrderLine line) {
        return new OrderLineView(line.getSku(), line.getQuantity(), line.getUnitPrice());
    }
}

@RestController
@RequestMapping("/api/v2/views")
class OrderViewsController {

    private final SalesOrderRepository orders;
    private final CustomerRepository customers;

    OrderViewsController(SalesOrderRepository orders, CustomerRepository customers) {
        this.orders = orders;
        this.customers = customers;
    }

    @GetMapping("/customers")
    public ResponseEntity<Page<CustomerRow>> customers(Pageable pageable) {
        return ResponseEntity.ok(customers.findAll(pageable).map(CustomerRow::from));
    }

    @GetMapping("/customers/by-country")
    public Slice<CustomerRow> byCountry(@RequestParam String country, Pageable pageable) {
        return customers.findByAddressCountry(country, pageable).map(CustomerRow::from);
    }

    @GetMapping("/customers/by-email/{email}")
    public CompletableFuture<Optional<CustomerRow>> byEmail(@PathVariable String email) {
        return CompletableFuture.supplyAsync(() -> customers.findByEmail(email).map(CustomerRow::from));
    }

    @GetMapping("/orders/{id}/lines")
    public Mono<ResponseEntity<List<OrderLineView>>> lines(@PathVariable Long id) {
        return Mono.fromCallable(() -> orders.findWithLines(id))
                .subscribeOn(Schedulers.boundedElastic())
                .map(found -> found
                        .map(order -> ResponseEntity.ok(order.getLines().stream().map(OrderLineView::of).toList()))
                        .orElseGet(() -> ResponseEntity.notFound().build()));
    }

    @GetMapping("/orders/{id}/lines.array")
    public OrderLineView[] lineArray(@PathVariable Long id) {
        return orders.findWithLines(id).orElseThrow().getLines().stream()
                .map(OrderLineView::of)
                .toArray(OrderLineView[]::new);
    }
}
