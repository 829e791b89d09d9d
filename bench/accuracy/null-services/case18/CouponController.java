package nulls.case18;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CouponController {

    private static final Logger log = LoggerFactory.getLogger(CouponController.class);

    public record CartView(long id, int items, long totalCents, String coupon) {
    }

    public interface CartService {
        CartView view(long cartId);

        CartView applyCoupon(long cartId, String couponCode);
    }

    private final CartService cartService;

    public CouponController(CartService cartService) {
        this.cartService = cartService;
    }

    @PostMapping("/api/carts/{cartId}/coupon")
    public ResponseEntity<CartView> applyCoupon(@PathVariable long cartId, HttpServletRequest request) {
        CartView cart = cartService.view(cartId);
        String code = request.getParameter("code");
        if (cart.items() == 0) {
            if (code == null) {
                return ResponseEntity.badRequest().build();
            }
            log.info("coupon {} entered on empty cart {}", code, cartId);
        }
        String normalized = code.strip().toUpperCase(Locale.ROOT); // deref
        return ResponseEntity.ok(cartService.applyCoupon(cartId, normalized));
    }
}
