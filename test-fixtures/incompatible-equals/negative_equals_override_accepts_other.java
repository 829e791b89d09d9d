// Value classes Money and Sku whose equals(Object) overrides also accept a BigDecimal/String, compared with exactly those types.
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Service;

final class Money {

    private final BigDecimal amount;
    private final Currency currency;

    Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o instanceof BigDecimal other) {
            return amount.compareTo(other) == 0;
        }
        return o instanceof Money m && amount.compareTo(m.amount) == 0 && currency.equals(m.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }
}

final class Sku {

    private final String code;

    Sku(String code) {
        this.code = code.trim().toUpperCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof String s) {
            return code.equalsIgnoreCase(s.trim());
        }
        return o instanceof Sku other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}

@Service
class CartPricingService {

    boolean isFree(Money total) {
        return total.equals(BigDecimal.ZERO);
    }

    boolean isSku(Sku sku, String code) {
        return sku.equals(code);
    }

    boolean sameSku(Sku sku, String scannedCode) {
        return Objects.equals(sku, scannedCode);
    }
}
