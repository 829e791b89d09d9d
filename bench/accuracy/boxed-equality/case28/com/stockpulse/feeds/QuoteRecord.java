package com.stockpulse.feeds;

import java.math.BigDecimal;

public record QuoteRecord(String symbol, Long revision, BigDecimal lastPrice) {
}
