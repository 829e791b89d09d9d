// CSV export of settled payments for the finance team, one line per payment.
package staticfields.case03;

import java.text.SimpleDateFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

@Component
public class SettlementCsvExporter {

    private static final String HEADER = "payment_id;settled_on;amount;currency";
    private static final SimpleDateFormat SETTLED_ON = new SimpleDateFormat("yyyy-MM-dd"); // static

    public String export(List<SettledPayment> payments) {
        return payments.stream()
                .map(this::line)
                .collect(Collectors.joining("\n", HEADER + "\n", "\n"));
    }

    private String line(SettledPayment payment) {
        return String.join(";",
                payment.id(),
                SETTLED_ON.format(payment.settledAt()),
                payment.amount().toPlainString(),
                payment.currency());
    }
}
