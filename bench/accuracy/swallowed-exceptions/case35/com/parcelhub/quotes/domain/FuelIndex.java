package com.parcelhub.quotes.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

public record FuelIndex(LocalDate validFrom, BigDecimal surchargePercent) {
}
