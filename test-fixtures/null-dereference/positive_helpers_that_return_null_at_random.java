// Helpers of another class that return null on a branch a random draw decides (`nextBoolean()`, `Math.random()`): no state the callers keep says when, so every unchecked dereference of their result may throw.
import java.security.SecureRandom;

final class CouponDraw {

    private CouponDraw() {
    }

    static String winningCode() {
        if (new SecureRandom().nextBoolean()) {
            return null;
        }
        return "SPRING25";
    }

    static StringBuilder banner() {
        if (Math.random() < 0.5) {
            return null;
        } else {
            return new StringBuilder("Welcome");
        }
    }
}

class CheckoutPromotions {

    String code() {
        String code = CouponDraw.winningCode();
        return code.trim();  // expect: null-dereference "it returns null at random"
    }

    int bannerWidth() {
        return CouponDraw.banner().length();  // expect: null-dereference "it returns null at random"
    }
}
