package com.shopfront.search;

import java.util.Map;

public record ProductChangedEvent(long productId, boolean deleted, Map<String, Object> document) {

    public static ProductChangedEvent removed(long productId) {
        return new ProductChangedEvent(productId, true, Map.of());
    }
}
