// Order handlers wrapping the SalesOrder entity of another file in Optional, ResponseEntity and ResponseEntity<List<..>>.
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
class OrderQueryController {

    private final SalesOrderRepository orders;

    OrderQueryController(SalesOrderRepository orders) {
        this.orders = orders;
    }

    @GetMapping("/{id}")
    public Optional<SalesOrder> findOrder(@PathVariable Long id) { // expect: entity-in-response "`SalesOrder`"
        return orders.findById(id);
    }

    @GetMapping("/{id}/full")
    public ResponseEntity<SalesOrder> orderWithLines(@PathVariable Long id) { // expect: entity-in-response "`SalesOrder`"
        return ResponseEntity.of(orders.findWithLines(id));
    }

    @GetMapping
    public ResponseEntity<List<SalesOrder>> ordersByStatus(@RequestParam OrderStatus status) { // expect: entity-in-response "`SalesOrder`"
        var found = orders.findByStatus(status);
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(found.size()))
                .body(found);
    }

    @PostMapping("/{id}/cancel")
    public ResponseEntity<Void> cancel(@PathVariable Long id) {
        return orders.findById(id)
                .map(order -> {
                    order.setStatus(OrderStatus.CANCELLED);
                    orders.save(order);
                    return ResponseEntity.noContent().<Void>build();
                })
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
