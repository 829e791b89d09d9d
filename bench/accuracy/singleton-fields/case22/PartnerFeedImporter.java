// Imports the partner's price feed every quarter hour, converting its dates on the way.
package singletons.case22;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class PartnerFeedImporter {

    private final LegacyFeedDateConverter dates;
    private final PartnerFeed feed;
    private final PriceStore store;

    public PartnerFeedImporter(LegacyFeedDateConverter dates, PartnerFeed feed, PriceStore store) {
        this.dates = dates;
        this.feed = feed;
        this.store = store;
    }

    @Scheduled(cron = "0 */15 * * * *")
    public void importPrices() {
        for (Map<String, String> row : feed.rows()) {
            Instant validFrom = dates.parse(row.get("valid_from"));
            store.upsert(row.get("sku"), Long.parseLong(row.get("price_cents")), validFrom);
        }
    }

    public interface PartnerFeed {
        List<Map<String, String>> rows();
    }

    public interface PriceStore {
        void upsert(String sku, long priceCents, Instant validFrom);
    }
}
