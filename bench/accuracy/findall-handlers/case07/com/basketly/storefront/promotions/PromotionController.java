package com.basketly.storefront.promotions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PromotionController {

    private final PromotionRepository promotionRepository;
    private final Clock clock;

    public PromotionController(PromotionRepository promotionRepository, Clock clock) {
        this.promotionRepository = promotionRepository;
        this.clock = clock;
    }

    public record Banner(String headline, String imageUrl, String targetUrl) {
    }

    @GetMapping("/storefront/promotions")
    public List<Banner> currentPromotions() {
        LocalDate today = LocalDate.now(clock);
        return promotionRepository.findAll().stream()
                .filter(p -> p.isRunningOn(today))
                .map(p -> new Banner(p.getHeadline(), p.getImageUrl(), p.getTargetUrl()))
                .toList();
    }
}
