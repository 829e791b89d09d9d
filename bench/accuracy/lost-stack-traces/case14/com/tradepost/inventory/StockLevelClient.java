package com.tradepost.inventory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

@Component
public class StockLevelClient {

    private final RestClient restClient;

    public StockLevelClient(RestClient.Builder builder, @Value("${inventory.base-url}") String baseUrl) {
        this.restClient = builder.baseUrl(baseUrl).build();
    }

    public int available(String sku, String warehouse) {
        try {
            StockLevel level = restClient.get()
                    .uri("/stock/{warehouse}/{sku}", warehouse, sku)
                    .retrieve()
                    .body(StockLevel.class);
            return level == null ? 0 : Math.max(0, level.onHand() - level.reserved());
        } catch (RestClientException e) {
            throw new InventoryUnavailableException("Stock service unavailable for " + sku + " in " + warehouse);
        }
    }

    record StockLevel(String sku, int onHand, int reserved) {
    }
}
