package opt.case35;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
public class CartTotals {

    private static final BigDecimal FREE_SHIPPING_FROM = new BigDecimal("50.00");
    private static final BigDecimal SHIPPING = new BigDecimal("4.95");

    public BigDecimal total(Cart cart, Optional<BigDecimal> loyaltyDiscountPercent) {
        BigDecimal subtotal = cart.subtotal();
        BigDecimal percent = loyaltyDiscountPercent.get(); // get
        BigDecimal discounted = subtotal.subtract(subtotal.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
        return discounted.compareTo(FREE_SHIPPING_FROM) >= 0 ? discounted : discounted.add(SHIPPING);
    }
}
