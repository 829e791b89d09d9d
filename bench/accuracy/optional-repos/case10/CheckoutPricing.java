package opt.case10;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
public class CheckoutPricing {

    private final CouponRepository couponRepository;

    public CheckoutPricing(CouponRepository couponRepository) {
        this.couponRepository = couponRepository;
    }

    public BigDecimal total(BigDecimal subtotal, String couponCode) {
        if (couponCode == null || couponCode.isBlank()) {
            return subtotal;
        }
        Optional<Coupon> coupon = couponRepository.findById(couponCode.toUpperCase());
        if (coupon.isPresent() && coupon.get().isActive() && coupon.get().getExpiresAt().isAfter(Instant.now())) {
            BigDecimal discount = subtotal.multiply(coupon.get().getPercentOff()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            return subtotal.subtract(discount);
        }
        return subtotal;
    }
}
