// Handlers that take entities of other files as @RequestBody input (a mass-assignment concern, not this rule) but return only Location headers, void or a count.
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/import")
class BulkImportController {

    private final CustomerRepository customers;
    private final SupportTicketRepository tickets;
    private final VendorRepository vendors;

    BulkImportController(CustomerRepository customers, SupportTicketRepository tickets, VendorRepository vendors) {
        this.customers = customers;
        this.tickets = tickets;
        this.vendors = vendors;
    }

    @PostMapping("/customers")
    public ResponseEntity<Void> importCustomer(@RequestBody Customer customer) {
        Customer saved = customers.save(customer);
        return ResponseEntity.created(URI.create("/api/customers/" + saved.getId())).build();
    }

    @PutMapping("/tickets/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void replaceTicket(@PathVariable Long id, @RequestBody SupportTicket ticket) {
        if (!tickets.existsById(id)) {
            throw new IllegalArgumentException("unknown ticket " + id);
        }
        tickets.save(ticket);
    }

    @PostMapping("/vendors")
    public int importVendors(@RequestBody List<Vendor> batch) {
        return vendors.saveAll(batch).size();
    }
}
