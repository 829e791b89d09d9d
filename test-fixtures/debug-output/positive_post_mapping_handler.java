// A REST controller that echoes each incoming order request to standard output before saving it.
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

record OrderLineRequest(String sku, int quantity) {
}

@RestController
@RequestMapping("/api/customers/{customerId}/orders")
class OrderIntakeController {

    private final CustomerOrderRepository orders;

    OrderIntakeController(CustomerOrderRepository orders) {
        this.orders = orders;
    }

    @PostMapping
    ResponseEntity<Void> place(@PathVariable long customerId, @RequestBody OrderLineRequest request) {
        System.out.println("Received order for customer " + customerId + ": " + request); // expect: debug-output "System.out"
        var saved = orders.save(new CustomerOrder(customerId, request.sku(), request.quantity()));
        return ResponseEntity.created(URI.create("/api/customers/" + customerId + "/orders/" + saved.getId())).build();
    }
}
