package com.ledgerly.billing.download;

public interface InvoicePdfStore {

    byte[] load(String invoiceId);
}
