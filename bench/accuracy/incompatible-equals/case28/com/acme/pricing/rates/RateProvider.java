package com.acme.pricing.rates;

import java.math.BigDecimal;

public interface RateProvider {

    BigDecimal fetch(String base, String quote);
}
