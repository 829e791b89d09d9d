// Customer export as CSV for the marketing team, with optional business-friendly headers.
package staticfields.case37;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

@Service
public class CustomerExportService {

    public record CustomerRow(long id, String name, String email, String country, Instant createdAt) {
    }

    public String export(List<CustomerRow> customers, boolean friendlyHeaders) {
        var headers = CustomerExportLayout.headers();
        if (friendlyHeaders) {
            headers[1] = "full_name";
            headers[4] = "customer_since";
        }
        var body = customers.stream()
                .filter(c -> !CustomerExportLayout.isInternal(c.email()))
                .map(c -> String.join(",", String.valueOf(c.id()), c.name(), c.email(), c.country(),
                        c.createdAt().toString()));
        return Stream.concat(Stream.of(String.join(",", headers)), body)
                .collect(Collectors.joining("\n"));
    }
}
