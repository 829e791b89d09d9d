package org.gridco.tariffs;

import java.math.BigDecimal;

public record Tariff(String code, BigDecimal energyPerKwh, BigDecimal standingPerDay) {
}
