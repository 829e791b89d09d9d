// Subscription export: asks the container for a fresh CSV writer on every export.
package singletons.case04;

import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

@Service
public class SubscriptionExportService {

    private final ObjectProvider<CsvExportWriter> writers;
    private final SubscriptionSource source;

    public SubscriptionExportService(ObjectProvider<CsvExportWriter> writers, SubscriptionSource source) {
        this.writers = writers;
        this.source = source;
    }

    public String exportActive(LocalDate asOf) {
        CsvExportWriter csv = writers.getObject()
                .separator(',')
                .header("subscription", "customer", "plan", "renews_on");
        source.activeOn(asOf).forEach(s -> csv.row(s.id(), s.customerId(), s.plan(), s.renewsOn()));
        return csv.build();
    }

    public interface SubscriptionSource {

        List<Subscription> activeOn(LocalDate date);
    }

    public record Subscription(String id, String customerId, String plan, LocalDate renewsOn) {
    }
}
