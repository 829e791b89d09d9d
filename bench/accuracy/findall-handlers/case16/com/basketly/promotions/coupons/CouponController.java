package com.basketly.promotions.coupons;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/campaigns/{campaignId}/coupons")
public class CouponController {

    private final CouponRepository couponRepository;

    public CouponController(CouponRepository couponRepository) {
        this.couponRepository = couponRepository;
    }

    @GetMapping
    public ResponseEntity<List<Coupon>> coupons(@PathVariable long campaignId,
                                                @RequestHeader(value = "X-Merchant-Id", required = false) String merchant) {
        if (merchant == null || merchant.isBlank()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        return ResponseEntity.ok(couponRepository.findByCampaignId(campaignId));
    }

    @GetMapping("/{code}")
    public ResponseEntity<Coupon> coupon(@PathVariable long campaignId, @PathVariable String code) {
        return ResponseEntity.of(couponRepository.findByCampaignIdAndCode(campaignId, code));
    }
}
