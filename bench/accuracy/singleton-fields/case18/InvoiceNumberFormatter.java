// Invoice numbers and display values: country prefixes from configuration, German
// date and amount formats.
package singletons.case18;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class InvoiceNumberFormatter {

    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyyMM");

    private final DateTimeFormatter displayDate = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);
    private final List<String> reservedPrefixes = List.of("TST", "TMP", "XXX");
    private final ThreadLocal<DecimalFormat> amountFormat = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY)));
    private final Map<String, String> prefixByCountry;
    private final String prefix;

    public InvoiceNumberFormatter(@Value("${invoices.prefix:INV}") String prefix, InvoiceProperties properties) {
        this.prefix = prefix;
        this.prefixByCountry = Map.copyOf(properties.prefixByCountry());
    }

    public String number(String country, YearMonth period, long sequence) {
        country = country.strip().toUpperCase(Locale.ROOT);
        String prefix = prefixByCountry.getOrDefault(country, this.prefix);
        if (reservedPrefixes.contains(prefix)) {
            prefix = this.prefix;
        }
        return "%s-%s-%06d".formatted(prefix, PERIOD.format(period), sequence);
    }

    public InvoiceView decorate(InvoiceView view) {
        view.setDisplayDate(displayDate.format(view.getIssuedOn()));
        view.setDisplayAmount(amountFormat.get().format(view.getAmount()) + " €");
        view.setPrinted(true);
        return view;
    }
}
