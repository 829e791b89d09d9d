package com.oakridge.billing.printing;

public interface InvoicePdfRenderer {

    byte[] render(String invoiceNumber);
}
