package com.tickertape.market.quotes;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;

public record PriceTick(@Id Long id, String symbol, BigDecimal bid, BigDecimal ask, Instant observedAt) {
}
