package opt.case35;

import java.math.BigDecimal;
import java.util.List;

public record Cart(Long id, List<CartLine> lines) {

    public record CartLine(String sku, int quantity, BigDecimal unitPrice) {
    }

    public BigDecimal subtotal() {
        return lines.stream()
                .map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
