package com.apigate.gateway.routing;

public final class TenantContext {

    public static final String TENANT_ATTRIBUTE = "apigate.tenant";
    public static final String PATH_ATTRIBUTE = "apigate.downstreamPath";

    private TenantContext() {
    }
}
