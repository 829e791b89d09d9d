package com.verdant.storefront.sync;

import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class StockLevelSyncJob {

    private final RestClient inventoryClient;
    private final String serviceToken;
    private final StockLevelStore store;

    public StockLevelSyncJob(Environment environment, StockLevelStore store) {
        this.store = store;
        this.serviceToken = environment.getRequiredProperty(InternalApi.SERVICE_TOKEN_PROPERTY);
        this.inventoryClient = RestClient.builder()
                .baseUrl("http://inventory.verdant.svc.cluster.local:8080")
                .build();
    }

    @Scheduled(fixedDelayString = "PT2M")
    public void sync() {
        List<StockLevel> levels = inventoryClient.get()
                .uri(InternalApi.STOCK_LEVELS_PATH)
                .headers(h -> h.set(InternalApi.SERVICE_TOKEN_HEADER, serviceToken))
                .retrieve()
                .body(new ParameterizedTypeReference<List<StockLevel>>() { });
        if (levels != null && !levels.isEmpty()) {
            store.replaceAll(levels);
        }
    }

    public record StockLevel(String sku, String warehouse, int onHand) {
    }

    public interface StockLevelStore {
        void replaceAll(List<StockLevel> levels);
    }
}
