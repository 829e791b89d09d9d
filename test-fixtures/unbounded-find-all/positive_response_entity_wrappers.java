// Handlers that wrap findAll() and unbounded derived queries in ResponseEntity.ok(..), status(..).body(..), new ResponseEntity<>(..) and ResponseEntity.ok().body(..).
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/invoices")
class InvoiceController {

    private final InvoiceRepository invoices;

    InvoiceController(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    @GetMapping
    public ResponseEntity<List<Invoice>> all() {
        return ResponseEntity.ok(invoices.findAll()); // expect: unbounded-find-all "`findAll`"
    }

    @GetMapping("/unpaid")
    public ResponseEntity<List<Invoice>> unpaid() {
        return ResponseEntity.status(HttpStatus.OK).body(invoices.findByPaidFalse()); // expect: unbounded-find-all "`findByPaidFalse`"
    }

    @GetMapping("/by-customer")
    public ResponseEntity<List<Invoice>> byCustomer(@RequestParam String email) {
        return new ResponseEntity<>(invoices.findByCustomerEmail(email), HttpStatus.OK); // expect: unbounded-find-all "`findByCustomerEmail`"
    }

    @GetMapping("/cached")
    public ResponseEntity<List<Invoice>> cached() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .body(invoices.findAll()); // expect: unbounded-find-all "`findAll`"
    }
}
