package com.acme.billing.events;

import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

@Component
public class InvoiceEventPublisher {

    private static final Logger LOG = LogManager.getLogger(InvoiceEventPublisher.class);
    private static final String TOPIC = "billing.invoice-issued";

    private final EventBus eventBus;

    public InvoiceEventPublisher(EventBus eventBus) {
        this.eventBus = eventBus;
    }

    @TransactionalEventListener
    public void onInvoiceIssued(InvoiceIssued event) {
        var payload = Map.of(
                "invoiceId", event.invoiceId().toString(),
                "customerId", event.customerId(),
                "total", event.total().toPlainString(),
                "currency", event.currency());
        try {
            eventBus.send(TOPIC, event.invoiceId().toString(), payload);
            LOG.debug("Published {} for invoice {}", TOPIC, event.invoiceId());
        } catch (EventBus.DeliveryException e) {
            LOG.error("Failed to publish invoice-issued event for invoice {}", event.invoiceId());
        }
    }
}
