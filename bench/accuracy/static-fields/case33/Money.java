// Money amounts in minor units with their currency, used by the cart and checkout.
package staticfields.case33;

import java.math.BigDecimal;
import java.util.regex.Pattern;

public record Money(long minorUnits, String currency) {

    public static final Money ZERO_EUR = new Money(0, "EUR");
    static final int FRACTION_DIGITS = 2;
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    public Money {
        if (!CURRENCY_CODE.matcher(currency).matches()) {
            throw new IllegalArgumentException("not an ISO currency code: " + currency);
        }
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch " + currency + "/" + other.currency);
        }
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money times(int quantity) {
        return new Money(Math.multiplyExact(minorUnits, quantity), currency);
    }

    public static Money parse(String amount, String currency) {
        var minor = new BigDecimal(amount).movePointRight(FRACTION_DIGITS).longValueExact();
        return new Money(minor, currency);
    }

    @Override
    public String toString() {
        return BigDecimal.valueOf(minorUnits, FRACTION_DIGITS).toPlainString() + " " + currency;
    }
}
