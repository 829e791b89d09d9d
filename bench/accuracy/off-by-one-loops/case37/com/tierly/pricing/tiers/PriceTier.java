package com.tierly.pricing.tiers;

import java.math.BigDecimal;

/**
 * A usage tier: units up to and including {@code upTo} are billed at {@code unitPrice}.
 */
public record PriceTier(String name, long upTo, BigDecimal unitPrice) {
}
