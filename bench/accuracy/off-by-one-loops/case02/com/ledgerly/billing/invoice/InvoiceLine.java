package com.ledgerly.billing.invoice;

import java.math.BigDecimal;

public record InvoiceLine(String sku, String description, int quantity, BigDecimal unitPrice, String taxCategory) {
}
