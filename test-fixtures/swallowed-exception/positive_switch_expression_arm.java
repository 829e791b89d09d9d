// A shipping-weight converter with a catch inside a switch-expression arm that only logs a debug message.
import java.math.BigDecimal;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class ShippingWeightParser {

    private static final Logger log = LoggerFactory.getLogger(ShippingWeightParser.class);
    private static final BigDecimal KG_PER_POUND = new BigDecimal("0.45359237");

    BigDecimal toKilograms(String unit, String amount) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "kg" -> new BigDecimal(amount);
            case "g" -> new BigDecimal(amount).movePointLeft(3);
            case "lb" -> {
                BigDecimal kg = BigDecimal.ZERO;
                try {
                    kg = new BigDecimal(amount).multiply(KG_PER_POUND);
                } catch (NumberFormatException e) { // expect: swallowed-exception "NumberFormatException"
                    log.debug("Pound amount is not a decimal number");
                }
                yield kg;
            }
            default -> throw new IllegalArgumentException("Unsupported unit: " + unit);
        };
    }
}
