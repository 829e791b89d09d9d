// Parameters annotated with Spring's @Nullable dereferenced without a check, in a service method and in a record's method.
import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.lang.Nullable;

class CheckoutPricing {

    record Discount(String code, BigDecimal percent) {

        BigDecimal apply(BigDecimal amount, @Nullable BigDecimal cap) {
            BigDecimal off = amount.multiply(percent).movePointLeft(2);
            return amount.subtract(off.min(cap.abs()));  // expect: null-dereference "`cap`"
        }
    }

    BigDecimal total(BigDecimal subtotal, @Nullable String couponCode, String country) {
        String normalized = couponCode.toUpperCase(Locale.ROOT);  // expect: null-dereference "`couponCode`"
        BigDecimal vat = "DE".equals(country) ? new BigDecimal("0.19") : new BigDecimal("0.20");
        return normalized.startsWith("STAFF") ? subtotal : subtotal.add(subtotal.multiply(vat));
    }
}
