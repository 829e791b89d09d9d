package com.parcelwise.shipping.rates;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Per-kilogram prices by delivery zone, loaded from the carrier's tariff file.
 */
public record ZoneRateTable(Map<Integer, BigDecimal> pricePerKgByZone, BigDecimal minimumCharge) {
}
