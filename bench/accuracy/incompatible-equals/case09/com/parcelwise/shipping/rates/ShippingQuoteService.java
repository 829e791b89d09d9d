package com.parcelwise.shipping.rates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Service;

@Service
public class ShippingQuoteService {

    private final ZoneRateTable rates;

    public ShippingQuoteService(ZoneRateTable rates) {
        this.rates = rates;
    }

    public BigDecimal quote(Address destination, BigDecimal weightKg) {
        BigDecimal perKg = rates.pricePerKgByZone().get(destination.getZoneId());
        if (perKg == null) {
            throw new IllegalArgumentException("No tariff for zone " + destination.getZoneId()
                    + " (" + destination.getPostalCode() + ")");
        }
        BigDecimal price = perKg.multiply(weightKg).setScale(2, RoundingMode.HALF_UP);
        return price.max(rates.minimumCharge());
    }
}
