package com.quillstack.invoicing.tax;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

@Component
public class VatCalculator {

    private static final Map<String, BigDecimal> STANDARD_RATES = Map.of(
            "DE", new BigDecimal("0.19"),
            "FR", new BigDecimal("0.20"),
            "NL", new BigDecimal("0.21"),
            "PT", new BigDecimal("0.23"),
            "IE", new BigDecimal("0.23"));

    public VatBreakdown calculate(BigDecimal net, String countryCode, boolean reverseCharge) {
        if (reverseCharge) {
            return new VatBreakdown(net, BigDecimal.ZERO, net);
        }
        BigDecimal rate = STANDARD_RATES.get(countryCode);
        if (rate == null) {
            throw new IllegalArgumentException("No VAT rate configured for " + countryCode);
        }
        BigDecimal vat = net.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        return new VatBreakdown(net, vat, net.add(vat));
    }

    public record VatBreakdown(BigDecimal net, BigDecimal vat, BigDecimal gross) {
    }
}
