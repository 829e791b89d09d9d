// Spring Data lookups that find no row before a save on the same repository: `findByX(x).isEmpty()`, a nullable `findByX(x) == null`, an Optional local with `isPresent()` then early return, `countByX(..) == 0`, and saveAndFlush, on columns with no unique constraint.
import java.math.BigDecimal;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;

@Entity
@Table(name = "coupon")
class Coupon {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "code", nullable = false)
    private String code;

    private String campaign;

    private BigDecimal discount;

    protected Coupon() {
    }

    Coupon(String code, String campaign, BigDecimal discount) {
        this.code = code;
        this.campaign = campaign;
        this.discount = discount;
    }

    String getCode() {
        return code;
    }
}

interface CouponRepository extends JpaRepository<Coupon, Long> {

    Optional<Coupon> findByCode(String code);

    Coupon findByCampaign(String campaign);

    long countByCampaign(String campaign);
}

@Service
class CouponIssuingService {

    private final CouponRepository coupons;

    CouponIssuingService(CouponRepository coupons) {
        this.coupons = coupons;
    }

    void issue(String code, String campaign, BigDecimal discount) {
        if (coupons.findByCode(code).isEmpty()) { // expect: check-then-act "`coupons`"
            coupons.save(new Coupon(code, campaign, discount));
        }
    }

    Coupon welcomeCoupon(String campaign) {
        if (coupons.findByCampaign(campaign) == null) { // expect: check-then-act "`coupons`"
            return coupons.saveAndFlush(new Coupon("WELCOME-" + campaign, campaign, BigDecimal.TEN));
        }
        return coupons.findByCampaign(campaign);
    }

    Coupon issueOnce(String code, String campaign) {
        Optional<Coupon> existing = coupons.findByCode(code);
        if (existing.isPresent()) { // expect: check-then-act "`coupons`"
            return existing.get();
        }
        var coupon = new Coupon(code, campaign, new BigDecimal("5.00"));
        return coupons.save(coupon);
    }

    void seedCampaign(String campaign) {
        if (coupons.countByCampaign(campaign) == 0) { // expect: check-then-act "`coupons`"
            coupons.saveAndFlush(new Coupon(campaign.toUpperCase() + "-LAUNCH", campaign, BigDecimal.ONE));
        }
    }
}

@Entity
class ReferralCode {

    @Id
    @GeneratedValue
    private Long id;

    private String ownerId;

    private String code;

    protected ReferralCode() {
    }

    ReferralCode(String ownerId, String code) {
        this.ownerId = ownerId;
        this.code = code;
    }
}

interface ReferralCodeRepository extends JpaRepository<ReferralCode, Long> {

    Optional<ReferralCode> findByOwnerId(String ownerId);
}

@Service
class ReferralService {

    private final ReferralCodeRepository referralCodes;

    ReferralService(ReferralCodeRepository referralCodes) {
        this.referralCodes = referralCodes;
    }

    ReferralCode codeFor(String ownerId) {
        var current = referralCodes.findByOwnerId(ownerId);
        if (current.isPresent()) return current.get(); // expect: check-then-act "`referralCodes`"
        return referralCodes.save(new ReferralCode(ownerId, Long.toString(ownerId.hashCode() & 0xffffL, 36)));
    }
}
