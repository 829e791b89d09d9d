package com.coinwise.fx.rates;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Map;

@Component
public class RateRefreshScheduler {

    private static final Logger logger = LogManager.getLogger(RateRefreshScheduler.class);

    private final EcbRateFeed feed;
    private final RateCache cache;

    public RateRefreshScheduler(EcbRateFeed feed, RateCache cache) {
        this.feed = feed;
        this.cache = cache;
    }

    @Scheduled(cron = "0 5 16 * * MON-FRI", zone = "Europe/Berlin")
    public void refresh() {
        try {
            Map<String, BigDecimal> rates = feed.fetchDailyRates();
            if (rates.isEmpty()) {
                logger.warn("ECB feed returned no rates; keeping {} cached rates", cache.size());
                return;
            }
            cache.replaceAll(rates);
            logger.info("Refreshed {} EUR reference rates", rates.size());
        } catch (EcbRateFeed.FeedException ex) {
            logger.error("ECB rate refresh failed, serving rates from {}", cache.lastUpdated(), ex);
        }
    }
}
