// Paged handlers returning Spring Data Page and Slice of entities, next to one that maps the page to a record.
import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

record CustomerRow(Long id, String fullName, Instant createdAt) {

    static CustomerRow from(Customer customer) {
        return new CustomerRow(customer.getId(), customer.getFullName(), customer.getCreatedAt());
    }
}

@RestController
class CustomerOrderPagingController {

    private final CustomerRepository customers;
    private final SalesOrderRepository orders;

    CustomerOrderPagingController(CustomerRepository customers, SalesOrderRepository orders) {
        this.customers = customers;
        this.orders = orders;
    }

    @GetMapping("/api/customers/{customerId}/orders")
    public Page<SalesOrder> ordersOfCustomer(@PathVariable Long customerId, // expect: entity-in-response "`SalesOrder`"
            @PageableDefault(size = 20, sort = "placedAt", direction = Sort.Direction.DESC) Pageable pageable) {
        return orders.findByCustomerId(customerId, pageable);
    }

    @GetMapping("/api/customers/by-country")
    public Slice<Customer> customersInCountry(@RequestParam String country, Pageable pageable) { // expect: entity-in-response "`Customer`"
        return customers.findByAddressCountry(country, pageable);
    }

    @GetMapping("/api/customers/page")
    public ResponseEntity<Page<Customer>> customerPage(Pageable pageable) { // expect: entity-in-response "`Customer`"
        return ResponseEntity.ok(customers.findAll(pageable));
    }

    @GetMapping("/api/customers/rows")
    public Page<CustomerRow> customerRows(Pageable pageable) {
        return customers.findAll(pageable).map(CustomerRow::from);
    }
}
