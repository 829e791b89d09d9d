package com.northwind.pricing.fx;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

@Component
public class ExchangeRateCache {

    private static final Logger log = LoggerFactory.getLogger(ExchangeRateCache.class);

    private final RestClient restClient;
    private volatile Map<String, BigDecimal> rates = Map.of();
    private volatile Instant refreshedAt = Instant.EPOCH;

    public ExchangeRateCache(RestClient.Builder builder, @Value("${fx.base-url}") String baseUrl) {
        this.restClient = builder.baseUrl(baseUrl).build();
    }

    @Scheduled(fixedDelayString = "${fx.refresh-interval:PT10M}")
    public void refresh() {
        try {
            RatesResponse response = restClient.get()
                    .uri("/latest?base={base}", "EUR")
                    .retrieve()
                    .body(RatesResponse.class);
            if (response != null && response.rates() != null) {
                rates = Map.copyOf(response.rates());
                refreshedAt = Instant.now();
                log.info("Loaded {} exchange rates published {}", rates.size(), response.date());
            }
        } catch (RestClientException e) {
            // keep serving the previous snapshot until the next run
        }
    }

    public Optional<BigDecimal> rate(String currency) {
        return Optional.ofNullable(rates.get(currency));
    }

    public Instant refreshedAt() {
        return refreshedAt;
    }
}
