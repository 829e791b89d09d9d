package com.coinwise.settlement;

import java.math.BigDecimal;

public interface FeeSchedule {

    BigDecimal feeFor(String merchantId, BigDecimal gross);
}
