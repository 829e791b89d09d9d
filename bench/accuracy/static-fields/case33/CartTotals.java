// Cart totals: line sums, the most expensive line and the grand total.
package staticfields.case33;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

@Service
public class CartTotals {

    private static final Comparator<CartLine> BY_LINE_TOTAL =
            Comparator.comparingLong(line -> line.lineTotal().minorUnits());

    public record CartLine(String sku, Money unitPrice, int quantity) {
        public Money lineTotal() {
            return unitPrice.times(quantity);
        }
    }

    public Money total(List<CartLine> lines) {
        return lines.stream()
                .map(CartLine::lineTotal)
                .reduce(Money.ZERO_EUR, Money::plus);
    }

    public Optional<CartLine> mostExpensive(List<CartLine> lines) {
        return lines.stream().max(BY_LINE_TOTAL);
    }
}
