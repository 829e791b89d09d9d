package com.marketbay.pricing;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PriceImportService {

    private static final Logger log = LoggerFactory.getLogger(PriceImportService.class);

    public record PriceChanged(String sku, Double oldPrice, Double newPrice) {
    }

    private final EntityManager em;
    private final ApplicationEventPublisher events;

    public PriceImportService(EntityManager em, ApplicationEventPublisher events) {
        this.em = em;
        this.events = events;
    }

    @Transactional
    public int importPrices(List<ListingPriceUpdate> updates) {
        int changed = 0;
        for (ListingPriceUpdate update : updates) {
            Listing listing = em.find(Listing.class, update.getSku());
            if (listing == null) {
                log.warn("Skipping price for unknown sku {}", update.getSku());
                continue;
            }
            if (update.getUnitPrice() != listing.getUnitPrice()) {
                events.publishEvent(new PriceChanged(listing.getSku(), listing.getUnitPrice(), update.getUnitPrice()));
                listing.setUnitPrice(update.getUnitPrice());
                listing.setPriceChangedAt(Instant.now());
                changed++;
            }
        }
        return changed;
    }
}
