package com.fleetline.gateway.filter;

public final class GatewayHeaders {

    public static final String USER_ID = "X-User-Id";
    public static final String TENANT_ID = "X-Tenant-Id";
    public static final String TENANT_CLAIM = "fleet_tenant";

    private GatewayHeaders() {
    }
}
