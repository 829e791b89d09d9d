package com.basketly.promotions.coupons;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CouponRepository extends JpaRepository<Coupon, Long> {

    List<Coupon> findByCampaignId(long campaignId);

    Optional<Coupon> findByCampaignIdAndCode(long campaignId, String code);
}
