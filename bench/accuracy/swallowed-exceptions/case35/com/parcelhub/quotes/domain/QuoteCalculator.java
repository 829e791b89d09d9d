package com.parcelhub.quotes.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

public class QuoteCalculator {

    public record Quote(String service, BigDecimal price, int transitDays) {
    }

    private static final Map<String, BigDecimal> ZONE_FACTOR = Map.of(
            "DOMESTIC", new BigDecimal("1.00"),
            "EU", new BigDecimal("1.65"),
            "WORLD", new BigDecimal("2.90"));

    public List<Quote> quotes(int weightGrams, String zone, BigDecimal fuelSurchargePercent) {
        BigDecimal factor = ZONE_FACTOR.getOrDefault(zone == null ? "DOMESTIC" : zone, BigDecimal.ONE);
        BigDecimal base = BigDecimal.valueOf(Math.max(weightGrams, 100)).multiply(new BigDecimal("0.004")).multiply(factor);
        BigDecimal withFuel = base.multiply(BigDecimal.ONE.add(fuelSurchargePercent.movePointLeft(2)));
        return List.of(
                new Quote("ECONOMY", withFuel.setScale(2, RoundingMode.HALF_UP), 5),
                new Quote("EXPRESS", withFuel.multiply(new BigDecimal("1.8")).setScale(2, RoundingMode.HALF_UP), 2));
    }
}
