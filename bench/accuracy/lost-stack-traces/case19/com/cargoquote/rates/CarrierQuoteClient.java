package com.cargoquote.rates;

import java.math.BigDecimal;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

@Component
public class CarrierQuoteClient {

    private static final Logger log = LoggerFactory.getLogger(CarrierQuoteClient.class);

    private final RestTemplate restTemplate;
    private final CarrierDirectory carriers;

    public CarrierQuoteClient(RestTemplate restTemplate, CarrierDirectory carriers) {
        this.restTemplate = restTemplate;
        this.carriers = carriers;
    }

    public Optional<Quote> quote(String carrier, String fromZip, String toZip, int weightGrams) {
        String url = carriers.quoteUrl(carrier);
        try {
            Quote quote = restTemplate.getForObject(url + "?from={from}&to={to}&weight={weight}", Quote.class,
                    fromZip, toZip, weightGrams);
            return Optional.ofNullable(quote);
        } catch (HttpStatusCodeException e) {
            if (e.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                log.debug("Carrier {} does not serve {} -> {}", carrier, fromZip, toZip);
                return Optional.empty();
            }
            throw new QuoteUnavailableException("Carrier " + carrier + " answered " + e.getStatusCode().value(), e);
        } catch (ResourceAccessException e) {
            throw new QuoteUnavailableException("Carrier " + carrier + " could not be reached", e);
        }
    }

    public record Quote(String carrier, String service, BigDecimal price, String currency, int transitDays) {
    }
}
