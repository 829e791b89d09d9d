// An order status endpoint that compares the OrderState enum with status Strings from the request body.
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

record StatusChangeRequest(String status, String reason) {
}

@RestController
class OrderStatusController {

    private static final Set<OrderState> FINAL_STATES = EnumSet.of(OrderState.SHIPPED, OrderState.CANCELLED);

    private final PurchaseOrderRepository orders;

    OrderStatusController(PurchaseOrderRepository orders) {
        this.orders = orders;
    }

    @PatchMapping("/orders/{id}/status")
    ResponseEntity<String> change(@PathVariable Long id, @RequestBody StatusChangeRequest change) {
        PurchaseOrder order = orders.findById(id).orElseThrow();
        if (order.getStatus().equals("CANCELLED")) { // expect: incompatible-equals "`OrderState` with `String`"
            return ResponseEntity.status(409).body("order is cancelled");
        }
        if (FINAL_STATES.contains(change.status())) { // expect: incompatible-equals "`OrderState` with `String`"
            return ResponseEntity.unprocessableEntity().body("use the shipping endpoint");
        }
        boolean unchanged = Objects.equals(order.getStatus(), change.status()); // expect: incompatible-equals "`OrderState` with `String`"
        if (unchanged) {
            return ResponseEntity.ok("unchanged");
        }
        OrderState target = OrderState.valueOf(change.status());
        if (FINAL_STATES.contains(target) || order.getStatus().name().equals(change.status())) {
            return ResponseEntity.unprocessableEntity().build();
        }
        order.setStatus(target);
        orders.save(order);
        return ResponseEntity.ok(target.name());
    }
}
