package com.ledgerline.fx;

import java.math.BigDecimal;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

@Component
public class ExchangeRateRefresher {

    protected final Log logger = LogFactory.getLog(getClass());

    private final RestTemplate restTemplate;
    private final RateCache cache;
    private final String ratesUrl;

    public ExchangeRateRefresher(RestTemplate restTemplate, RateCache cache, @Value("${fx.rates-url}") String ratesUrl) {
        this.restTemplate = restTemplate;
        this.cache = cache;
        this.ratesUrl = ratesUrl;
    }

    @Scheduled(fixedDelayString = "${fx.refresh-interval:PT15M}")
    public void refresh() {
        try {
            RatesResponse response = restTemplate.getForObject(ratesUrl, RatesResponse.class);
            if (response == null || response.rates() == null || response.rates().isEmpty()) {
                logger.warn("Rates provider returned no rates, keeping the cached ones");
                return;
            }
            cache.replaceAll(response.base(), response.rates());
            if (logger.isDebugEnabled()) {
                logger.debug("Loaded " + response.rates().size() + " rates against " + response.base());
            }
        } catch (RestClientException ex) {
            logger.warn("Exchange rate refresh failed, keeping rates from " + cache.lastUpdated() + ": " + ex.getMessage());
        }
    }

    record RatesResponse(String base, Map<String, BigDecimal> rates) {
    }
}
