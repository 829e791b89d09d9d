// A @RestController that maps Customer and SalesOrder entities of another file to records and a DTO class before returning them.
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

record CustomerDetails(Long id, String fullName, String email, String city) {

    static CustomerDetails from(Customer customer) {
        var city = customer.getAddress() == null ? null : customer.getAddress().getCity();
        return new CustomerDetails(customer.getId(), customer.getFullName(), customer.getEmail(), city);
    }
}

record OrderSummary(Long id, OrderStatus status, BigDecimal total, Instant placedAt, int lineCount) {

    static OrderSummary from(SalesOrder order) {
        return new OrderSummary(order.getId(), order.getStatus(), order.getTotal(), order.getPlacedAt(), order.getLines().size());
    }
}

class CustomerOrdersDto {

    private final CustomerDetails customer;
    private final List<OrderSummary> orders;

    CustomerOrdersDto(CustomerDetails customer, List<OrderSummary> orders) {
        this.customer = customer;
        this.orders = orders;
    }

    public CustomerDetails getCustomer() { return customer; }
    public List<OrderSummary> getOrders() { return orders; }
}

@RestController
@RequestMapping("/api/v2/customers")
class CustomerDtoController {

    private final CustomerRepository customers;
    private final SalesOrderRepository orders;

    CustomerDtoController(CustomerRepository customers, SalesOrderRepository orders) {
        this.customers = customers;
        this.orders = orders;
    }

    @GetMapping("/{id}")
    public ResponseEntity<CustomerDetails> customer(@PathVariable Long id) {
        return ResponseEntity.of(customers.findById(id).map(CustomerDetails::from));
    }

    @GetMapping("/by-email/{email}")
    public Optional<CustomerDetails> byEmail(@PathVariable String email) {
        return customers.findByEmail(email).map(CustomerDetails::from);
    }

    @GetMapping("/open-orders")
    public List<OrderSummary> openOrders() {
        return orders.findByStatus(OrderStatus.OPEN).stream().map(OrderSummary::from).toList();
    }

    @GetMapping("/{id}/with-orders")
    public CustomerOrdersDto withOrders(@PathVariable Long id) {
        Customer customer = customers.findById(id).orElseThrow();
        List<OrderSummary> recent = orders.findByStatus(OrderStatus.PAID).stream()
                .filter(order -> order.getCustomer().getId().equals(id))
                .map(OrderSummary::from)
                .toList();
        return new CustomerOrdersDto(CustomerDetails.from(customer), recent);
    }
}
