// Parameters annotated with Spring's @Nullable dereferenced without a check, in a service method, in a record's method, and only inside a lambda (nested, too) of the method that declares them.
import java.math.BigDecimal;
import java.util.List;
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

    List<String> labels(List<String> skus, @Nullable String prefix) {
        return skus.stream().map(sku -> prefix.trim() + sku).toList();  // expect: null-dereference "`prefix`"
    }

    List<List<String>> grid(List<String> rows, List<String> columns, @Nullable String separator) {
        return rows.stream()
                .map(row -> columns.stream().map(column -> row + separator.strip() + column).toList())  // expect: null-dereference "`separator`"
                .toList();
    }
}
