package com.acme.billing.events;

import java.math.BigDecimal;
import java.util.UUID;

public record InvoiceIssued(UUID invoiceId, String customerId, BigDecimal total, String currency) {
}
