package com.verdant.storefront.sync;

public final class InternalApi {

    public static final String SERVICE_TOKEN_HEADER = "X-Internal-Token";
    public static final String SERVICE_TOKEN_PROPERTY = "internal.service-token";
    public static final String STOCK_LEVELS_PATH = "/internal/stock-levels";

    private InternalApi() {
    }
}
