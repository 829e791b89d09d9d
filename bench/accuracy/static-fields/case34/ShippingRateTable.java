// Shipping rates per destination zone, reloaded from the carrier's rate sheet every hour.
package staticfields.case34;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class ShippingRateTable {

    private static final Logger log = LoggerFactory.getLogger(ShippingRateTable.class);
    private static Map<String, BigDecimal> ratesByZone = new HashMap<>(); // static

    private final CarrierRateClient carrier;

    public ShippingRateTable(CarrierRateClient carrier) {
        this.carrier = carrier;
    }

    @Scheduled(fixedRate = 1, timeUnit = TimeUnit.HOURS)
    public void reload() {
        var fresh = carrier.fetchRateSheet().stream()
                .collect(Collectors.toMap(CarrierRateClient.RateLine::zone, CarrierRateClient.RateLine::price,
                        BigDecimal::max));
        ratesByZone = Map.copyOf(fresh);
        log.info("loaded {} shipping zones", fresh.size());
    }

    public Optional<BigDecimal> rateFor(String zone) {
        return Optional.ofNullable(ratesByZone.get(zone));
    }
}
