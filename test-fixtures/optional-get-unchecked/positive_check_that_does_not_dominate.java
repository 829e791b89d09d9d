// Checks that do not dominate the get(): a check on one branch only, a check that only logs, a check after the get(), `||` instead of `&&`, and a check under one test with the get() under another.
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class CouponRedemption {

    private static final Logger log = LoggerFactory.getLogger(CouponRedemption.class);

    record Coupon(String code, int percentOff) {
    }

    int percentOff(Optional<Coupon> coupon, boolean strict) {
        if (strict && coupon.isEmpty()) {
            throw new IllegalArgumentException("coupon required");
        }
        return coupon.get().percentOff();  // expect: optional-get-unchecked "`coupon."
    }

    String code(Optional<Coupon> coupon) {
        if (!coupon.isPresent()) {
            log.warn("redeeming without a coupon");
        }
        return coupon.get().code();  // expect: optional-get-unchecked "`coupon."
    }

    String audit(Optional<Coupon> coupon) {
        String code = coupon.get().code();  // expect: optional-get-unchecked "`coupon."
        if (coupon.isPresent()) {
            log.info("coupon {} redeemed", code);
        }
        return code;
    }

    boolean isGenerous(Optional<Coupon> coupon, boolean campaignActive) {
        return (coupon.isPresent() || campaignActive) && coupon.get().percentOff() > 50;  // expect: optional-get-unchecked "`coupon."
    }

    int discount(Optional<Coupon> coupon, boolean member, boolean campaign) {
        if (member) {
            if (coupon.isEmpty()) {
                return 0;
            }
        }
        if (campaign) {
            return coupon.get().percentOff();  // expect: optional-get-unchecked "`coupon."
        }
        return 5;
    }
}
