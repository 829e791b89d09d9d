package com.acme.catalog.service;

public record ProductSummary(String sku, String name, long priceCents) {
}
