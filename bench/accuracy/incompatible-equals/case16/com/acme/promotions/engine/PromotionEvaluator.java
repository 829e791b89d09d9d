package com.acme.promotions.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

@Component
public class PromotionEvaluator {

    public record AppliedDiscount(String promotionCode, BigDecimal amount) {
    }

    public List<AppliedDiscount> evaluate(Basket basket, List<Promotion> active, LocalDate today) {
        BigDecimal basketTotal = basket.lines().stream()
                .map(Basket.BasketLine::subtotal)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Set<Long> productsInBasket = basket.lines().stream()
                .map(Basket.BasketLine::productId)
                .collect(Collectors.toSet());
        return active.stream()
                .filter(p -> !today.isAfter(p.getEndsOn()))
                .filter(p -> productsInBasket.contains(p.getTriggerProductId()))
                .map(p -> new AppliedDiscount(p.getCode(), basketTotal
                        .multiply(p.getDiscountPercent())
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)))
                .toList();
    }
}
