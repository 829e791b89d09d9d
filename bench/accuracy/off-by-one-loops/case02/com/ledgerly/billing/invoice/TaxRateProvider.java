package com.ledgerly.billing.invoice;

import java.math.BigDecimal;

public interface TaxRateProvider {

    BigDecimal rateFor(String countryCode, String taxCategory);
}
