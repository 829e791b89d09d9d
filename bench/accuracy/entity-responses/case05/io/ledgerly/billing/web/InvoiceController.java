package io.ledgerly.billing.web;

import io.ledgerly.billing.invoice.Invoice;
import io.ledgerly.billing.invoice.InvoiceRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;

@RestController
@RequestMapping("/api/accounts/{accountId}/invoices")
public class InvoiceController {

    public record OutstandingBalance(long accountId, BigDecimal amount, String currency) {
    }

    private final InvoiceRepository invoices;

    public InvoiceController(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    @GetMapping
    public Page<Invoice> listInvoices(@PathVariable long accountId,
                                      @RequestParam(required = false) Invoice.Status status,
                                      @PageableDefault(size = 25, sort = "issuedOn") Pageable pageable) {
        if (status == null) {
            return invoices.findByAccountId(accountId, pageable);
        }
        return invoices.findByAccountIdAndStatus(accountId, status, pageable);
    }

    @GetMapping("/outstanding")
    public OutstandingBalance outstanding(@PathVariable long accountId) {
        BigDecimal sum = invoices.sumOpenAmount(accountId);
        return new OutstandingBalance(accountId, sum == null ? BigDecimal.ZERO : sum, "EUR");
    }
}
