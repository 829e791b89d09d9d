package nulls.case20;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import jakarta.annotation.Nullable;

import org.springframework.stereotype.Component;

@Component
public class ShippingLabelFormatter {

    private static final BigDecimal POUNDS_PER_KILOGRAM = new BigDecimal("2.20462");

    public record Shipment(String carrier, String trackingNumber, BigDecimal weightKg) {
    }

    public String formatWeight(BigDecimal kilograms, @Nullable Locale locale) {
        if (locale == null) {
            locale = Locale.US;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        if (locale.getCountry().equals("US")) {
            return format.format(kilograms.multiply(POUNDS_PER_KILOGRAM).setScale(1, RoundingMode.HALF_UP)) + " lb";
        }
        return format.format(kilograms) + " kg";
    }

    public String header(Shipment shipment, @Nullable String carrierOverride) {
        String carrier = shipment.carrier();
        if (carrierOverride != null && !carrierOverride.isBlank()) {
            carrier = carrierOverride.strip();
        }
        return carrier.toUpperCase(Locale.ROOT) + " / " + shipment.trackingNumber();
    }
}
