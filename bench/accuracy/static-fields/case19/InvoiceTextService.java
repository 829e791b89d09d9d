// Invoice numbers and due-date wording printed on PDF invoices.
package staticfields.case19;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.stereotype.Service;

@Service
public class InvoiceTextService {

    private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter DUE_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.UK);
    private static final ZoneId BILLING_ZONE = ZoneId.of("Europe/London");
    private static final int PAYMENT_TERMS_DAYS = 30;

    public String invoiceNumber(Invoice invoice) {
        return "INV-" + NUMBER_DATE.format(invoice.issuedAt().atZone(BILLING_ZONE))
                + "-" + "%05d".formatted(invoice.sequence());
    }

    public String dueDateText(Invoice invoice) {
        var due = invoice.issuedAt().atZone(BILLING_ZONE).toLocalDate().plusDays(PAYMENT_TERMS_DAYS);
        return "Payable by " + DUE_DATE.format(due);
    }

    public LocalDate issueDateOf(String invoiceNumber) {
        return LocalDate.parse(invoiceNumber.substring(4, 12), NUMBER_DATE);
    }
}
