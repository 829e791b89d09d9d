package com.parcelwise.checkout.shipping;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class ShippingRatesClient {

    private static final String RATES_URL = "https://api.shiprates.example/v2/quotes";

    private final RestTemplate restTemplate;

    public ShippingRatesClient(RestTemplateBuilder builder) {
        this.restTemplate = builder
                .setConnectTimeout(Duration.ofSeconds(2))
                .setReadTimeout(Duration.ofSeconds(5))
                .build();
    }

    public List<ShippingQuote> quotes(QuoteRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        headers.set("X-API-Key", "3c9f1e7a5b2d4806af9c0e1d7b3a5f28");
        var response = restTemplate.exchange(
                RATES_URL, HttpMethod.POST, new HttpEntity<>(request, headers), ShippingQuote[].class);
        ShippingQuote[] body = response.getBody();
        return body == null ? List.of() : List.of(body);
    }
}
