package com.shelfwise.pricing.cache;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ConcurrentHashMap;

@Component
public class PriceCacheWarmer implements InitializingBean, DisposableBean {

    private static final Duration REFRESH_INTERVAL = Duration.ofMinutes(10);

    private final Map<String, BigDecimal> cache = new ConcurrentHashMap<>();
    private final Timer timer = new Timer("price-cache-warmer", true);
    private final PriceSource priceSource;

    public PriceCacheWarmer(PriceSource priceSource) {
        this.priceSource = priceSource;
    }

    @Override
    public void afterPropertiesSet() {
        timer.scheduleAtFixedRate(new TimerTask() {
            @Override
            public void run() {
                try {
                    cache.putAll(priceSource.loadCurrentPrices());
                } catch (IOException e) {
                    e.printStackTrace();
                }
            }
        }, 0, REFRESH_INTERVAL.toMillis());
    }

    public BigDecimal priceOf(String sku) {
        return cache.get(sku);
    }

    @Override
    public void destroy() {
        timer.cancel();
    }
}
