// Customer maintenance handlers that work on entities but return void, String, Map<String, Object>, ResponseEntity<Void>, ids, counts and an enum.
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

record NewCustomerRequest(String fullName, String email) {
}

@RestController
@RequestMapping("/api/maintenance/customers")
class CustomerMaintenanceController {

    private final CustomerRepository customers;
    private final SalesOrderRepository orders;

    CustomerMaintenanceController(CustomerRepository customers, SalesOrderRepository orders) {
        this.customers = customers;
        this.orders = orders;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Long create(@RequestBody NewCustomerRequest request) {
        var customer = new Customer();
        customer.setFullName(request.fullName());
        customer.setEmail(request.email());
        return customers.save(customer).getId();
    }

    @PutMapping("/{id}/name")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void rename(@PathVariable Long id, @RequestParam String fullName) {
        Customer customer = customers.findById(id).orElseThrow();
        customer.setFullName(fullName);
        customers.save(customer);
    }

    @GetMapping("/{id}/name")
    public String displayName(@PathVariable Long id) {
        return customers.findById(id).map(Customer::getFullName).orElse("");
    }

    @GetMapping("/{id}/stats")
    public Map<String, Object> stats(@PathVariable Long id) {
        Customer customer = customers.findById(id).orElseThrow();
        var stats = new LinkedHashMap<String, Object>();
        stats.put("id", customer.getId());
        stats.put("since", customer.getCreatedAt());
        stats.put("openOrders", orders.findByStatus(OrderStatus.OPEN).stream()
                .filter(o -> o.getCustomer().getId().equals(id)).count());
        return stats;
    }

    @PostMapping("/{id}/copy")
    public ResponseEntity<Void> copy(@PathVariable Long id) {
        Customer source = customers.findById(id).orElseThrow();
        var copy = new Customer();
        copy.setFullName(source.getFullName());
        copy.setEmail("copy-" + source.getEmail());
        Long newId = customers.save(copy).getId();
        return ResponseEntity.created(URI.create("/api/customers/" + newId)).build();
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable Long id) {
        customers.deleteById(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/count")
    public long count() {
        return customers.count();
    }

    @GetMapping("/ids")
    public List<Long> ids() {
        return customers.findAll().stream().map(Customer::getId).toList();
    }

    @GetMapping("/orders/{orderId}/status")
    public OrderStatus orderStatus(@PathVariable Long orderId) {
        return orders.findById(orderId).map(SalesOrder::getStatus).orElseThrow();
    }

    @GetMapping("/{id}/exists")
    public boolean exists(@PathVariable Long id) {
        return customers.existsById(id);
    }
}
