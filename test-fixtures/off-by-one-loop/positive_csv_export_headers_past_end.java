// A CSV export endpoint that writes the header row with `i <= headers.length` and reads `headers[i]` past the end.
import java.util.List;
import java.util.StringJoiner;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrderCsvExportController {

    private static final String[] HEADERS = {"id", "customer", "amount", "currency", "status"};

    record OrderCsvRow(long id, String customer, String amount, String currency, String status) {
    }

    @GetMapping(value = "/reports/orders.csv", produces = "text/csv")
    public String export() {
        String[] headers = HEADERS;
        StringJoiner header = new StringJoiner(",");
        for (int i = 0; i <= headers.length; i++) { // expect: off-by-one-loop "past the end"
            header.add(headers[i]);
        }
        StringBuilder csv = new StringBuilder(header.toString()).append('\n');
        for (OrderCsvRow row : loadRows()) {
            csv.append(String.join(",", String.valueOf(row.id()), row.customer(), row.amount(), row.currency(), row.status()))
                    .append('\n');
        }
        return csv.toString();
    }

    private List<OrderCsvRow> loadRows() {
        return List.of(new OrderCsvRow(1L, "ACME", "120.00", "EUR", "PAID"));
    }
}
