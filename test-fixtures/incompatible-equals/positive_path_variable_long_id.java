// A REST controller that compares the orders' Long ids with @PathVariable/@RequestParam Strings taken straight from the request.
import java.util.List;
import java.util.Objects;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers/{customerId}/orders")
class CustomerOrderController {

    private final PurchaseOrderRepository orders;

    CustomerOrderController(PurchaseOrderRepository orders) {
        this.orders = orders;
    }

    @DeleteMapping("/{orderId}")
    ResponseEntity<Void> cancel(@PathVariable String customerId, @PathVariable String orderId) {
        List<PurchaseOrder> owned = orders.findByCustomerId(Long.valueOf(customerId));
        for (PurchaseOrder order : owned) {
            if (order.getId().equals(orderId)) { // expect: incompatible-equals "`Long` with `String`"
                order.setStatus(OrderState.CANCELLED);
                orders.save(order);
                return ResponseEntity.noContent().build();
            }
        }
        return ResponseEntity.notFound().build();
    }

    @GetMapping
    List<PurchaseOrder> list(@PathVariable Long customerId, @RequestParam(required = false) String placedBy) {
        List<PurchaseOrder> owned = orders.findByCustomerId(customerId);
        if (placedBy == null) {
            return owned;
        }
        return owned.stream()
                .filter(o -> Objects.equals(o.getCustomerId(), placedBy)) // expect: incompatible-equals "`Long` with `String`"
                .toList();
    }

    @GetMapping("/{orderId}")
    ResponseEntity<PurchaseOrder> get(@PathVariable Long customerId, @PathVariable Long orderId) {
        List<PurchaseOrder> owned = orders.findByCustomerId(customerId);
        return owned.stream()
                .filter(o -> o.getId().equals(orderId))
                .findFirst()
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
