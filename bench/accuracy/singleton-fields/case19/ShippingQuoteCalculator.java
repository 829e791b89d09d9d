// Shipping quotes: carrier rate table injected by setter, surcharge and free-shipping
// threshold from configuration.
package singletons.case19;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class ShippingQuoteCalculator {

    private CarrierRateTable rateTable;
    private BigDecimal fuelSurchargePercent = BigDecimal.ZERO;
    private long freeShippingThresholdCents;

    @Autowired
    public void setRateTable(CarrierRateTable rateTable) {
        this.rateTable = rateTable;
    }

    @Value("${shipping.fuel-surcharge-percent:7.5}")
    public void setFuelSurchargePercent(BigDecimal fuelSurchargePercent) {
        this.fuelSurchargePercent = fuelSurchargePercent;
    }

    @Value("${shipping.free-threshold-cents:5000}")
    void setFreeShippingThresholdCents(long freeShippingThresholdCents) {
        this.freeShippingThresholdCents = freeShippingThresholdCents;
    }

    public Quote quote(Parcel parcel, String destinationCountry, long basketCents) {
        if (basketCents >= freeShippingThresholdCents) {
            return new Quote(rateTable.cheapestCarrier(destinationCountry), 0);
        }
        var carrier = rateTable.cheapestCarrier(destinationCountry);
        long base = rateTable.priceCents(carrier, destinationCountry, parcel.weightGrams());
        if (parcel.bulky()) {
            base += 1200;
        }
        long surcharge = BigDecimal.valueOf(base)
                .multiply(fuelSurchargePercent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact();
        return new Quote(carrier, base + surcharge);
    }

    public record Parcel(int weightGrams, boolean bulky) {
    }

    public record Quote(String carrier, long priceCents) {
    }
}
