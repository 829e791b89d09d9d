package com.acme.catalog.sync;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * A product as the supplier's API returns it; the numeric product id is sent as a string.
 */
public record SupplierProductDto(
        @JsonProperty("product_id") String id,
        @JsonProperty("title") String name,
        @JsonProperty("price") BigDecimal price,
        @JsonProperty("stock") int stock) {
}
