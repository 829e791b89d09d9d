package com.northwind.pricing.fx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

public record RatesResponse(String base, LocalDate date, Map<String, BigDecimal> rates) {
}
