package com.tierly.pricing.tiers;

import org.springframework.stereotype.Component;

@Component
public class TierTableValidator {

    /**
     * The last tier of a table is the catch-all tier; every other tier must end below it.
     */
    public void validate(PriceTier[] tiers) {
        if (tiers == null || tiers.length == 0) {
            throw new IllegalArgumentException("A price table needs at least one tier");
        }
        for (int i = 0; i < tiers.length - 1; i++) {
            if (tiers[i].upTo() >= tiers[tiers.length - 1].upTo()) {
                throw new IllegalArgumentException("Tier '" + tiers[i].name() + "' reaches beyond the catch-all tier '"
                        + tiers[tiers.length - 1].name() + "'");
            }
        }
    }
}
