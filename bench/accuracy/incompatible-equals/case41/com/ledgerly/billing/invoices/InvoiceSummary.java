package com.ledgerly.billing.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;

public record InvoiceSummary(String number, CustomerId customerId, BigDecimal total, LocalDate issuedOn) {
}
