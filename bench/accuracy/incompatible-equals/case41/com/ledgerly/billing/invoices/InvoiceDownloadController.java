package com.ledgerly.billing.invoices;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class InvoiceDownloadController {

    private final JdbcClient jdbc;

    public InvoiceDownloadController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping(value = "/customers/{customerId}/invoices/{number}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> download(@PathVariable UUID customerId,
                                           @PathVariable String number,
                                           @RequestHeader("X-Customer-Id") UUID callerId) {
        if (!customerId.equals(callerId)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        InvoiceSummary invoice = jdbc.sql("""
                        SELECT number, customer_id, total, issued_on
                          FROM invoices
                         WHERE number = :number
                        """)
                .param("number", number)
                .query((rs, n) -> new InvoiceSummary(
                        rs.getString("number"),
                        new CustomerId(rs.getObject("customer_id", UUID.class)),
                        rs.getBigDecimal("total"),
                        rs.getObject("issued_on", LocalDate.class)))
                .optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!invoice.customerId().equals(customerId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        byte[] pdf = jdbc.sql("SELECT content FROM invoice_pdfs WHERE number = :number")
                .param("number", number)
                .query(byte[].class)
                .single();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + number + ".pdf\"")
                .body(pdf);
    }
}
