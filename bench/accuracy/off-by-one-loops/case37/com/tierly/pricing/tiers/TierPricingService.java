package com.tierly.pricing.tiers;

import java.math.BigDecimal;
import org.springframework.stereotype.Service;

@Service
public class TierPricingService {

    private final TierTableValidator validator;

    public TierPricingService(TierTableValidator validator) {
        this.validator = validator;
    }

    public BigDecimal price(PriceTier[] tiers, long units) {
        validator.validate(tiers);
        BigDecimal total = BigDecimal.ZERO;
        long billed = 0;
        for (PriceTier tier : tiers) {
            if (billed >= units) {
                break;
            }
            long inTier = Math.min(units, tier.upTo()) - billed;
            if (inTier > 0) {
                total = total.add(tier.unitPrice().multiply(BigDecimal.valueOf(inTier)));
                billed += inTier;
            }
        }
        return total;
    }
}
