package org.tariffy.energy;

import java.math.BigDecimal;
import java.util.Properties;

public record Tariff(String code, String name, BigDecimal pricePerKwh, BigDecimal standingChargePerDay) {

    public static Tariff fromProperties(Properties props) {
        String code = props.getProperty("code");
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("tariff without code");
        }
        return new Tariff(code,
                props.getProperty("name", code),
                new BigDecimal(props.getProperty("price-per-kwh", "0")),
                new BigDecimal(props.getProperty("standing-charge-per-day", "0")));
    }
}
