// A tax rate for one country and product category.
package staticfields.case07;

import java.math.BigDecimal;

public record TaxRule(String country, String category, BigDecimal rate) {

    private static final BigDecimal STANDARD_RATE = new BigDecimal("0.20");

    public static TaxRule standard(String country, String category) {
        return new TaxRule(country, category, STANDARD_RATE);
    }
}
