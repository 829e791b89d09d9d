package com.shelfwise.pricing.cache;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;

public interface PriceSource {

    Map<String, BigDecimal> loadCurrentPrices() throws IOException;
}
