// A REST controller that checks @PathVariable and @RequestHeader Long ids against Long getters of the PurchaseOrder entity of another file.
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

record OrderSummary(Long id, Integer quantity, String status) {
}

@RestController
@RequestMapping("/api/customers/{customerId}/orders")
class CustomerOrderController {

    private final PurchaseOrderRepository orders;

    CustomerOrderController(PurchaseOrderRepository orders) {
        this.orders = orders;
    }

    @GetMapping("/{orderId}")
    public ResponseEntity<OrderSummary> get(@PathVariable Long customerId, @PathVariable Long orderId) {
        PurchaseOrder order = orders.findById(orderId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (order.getCustomerId() == customerId) { // expect: boxed-reference-equality "`order.getCustomerId()`"
            return ResponseEntity.ok(new OrderSummary(order.getId(), order.getQuantity(), order.getStatus().name()));
        }
        return ResponseEntity.notFound().build();
    }

    @DeleteMapping("/{orderId}")
    public ResponseEntity<Void> cancel(@PathVariable Long customerId,
                                       @PathVariable Long orderId,
                                       @RequestHeader("X-Tenant-Id") Long tenantId) {
        PurchaseOrder order = orders.findById(orderId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (order.getTenantId() != tenantId) { // expect: boxed-reference-equality "`order.getTenantId()`"
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        if (customerId != order.getCustomerId()) { // expect: boxed-reference-equality "`customerId`"
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        order.setStatus(OrderStatus.CANCELLED);
        orders.save(order);
        return ResponseEntity.noContent().build();
    }
}
