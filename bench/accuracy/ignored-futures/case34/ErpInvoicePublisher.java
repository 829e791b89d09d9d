// Sends finalised invoices to the ERP; credit notes go synchronously because accounting needs
// them booked before the refund is released.
package ignoredfutures.case34;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Executor;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class ErpInvoicePublisher extends AbstractIntegrationPublisher {

    public ErpInvoicePublisher(RestClient busRestClient, ObjectMapper objectMapper,
                               @Qualifier("integrationExecutor") Executor integrationExecutor) {
        super(busRestClient, objectMapper, integrationExecutor);
    }

    public void invoiceFinalised(String invoiceNumber, long customerId, BigDecimal total, LocalDate dueDate) {
        var payload = new ErpInvoice(invoiceNumber, customerId, total, dueDate);
        publishAsync("erp.invoices", payload); // dropped
    }

    public void creditNoteIssued(String creditNoteNumber, String invoiceNumber, BigDecimal amount) {
        send("erp.credit-notes", new ErpCreditNote(creditNoteNumber, invoiceNumber, amount));
    }

    @Override
    protected String sourceSystem() {
        return "billing";
    }

    record ErpInvoice(String number, long customerId, BigDecimal total, LocalDate dueDate) {
    }

    record ErpCreditNote(String number, String invoiceNumber, BigDecimal amount) {
    }
}
