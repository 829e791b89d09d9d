package opt.case44;

import java.math.BigDecimal;

public record ShippingRate(String zone, BigDecimal perKg, BigDecimal base) {
}
