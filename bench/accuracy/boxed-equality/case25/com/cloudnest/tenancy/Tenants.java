package com.cloudnest.tenancy;

public final class Tenants {

    /** The operator's own tenant, created by the bootstrap migration. */
    public static final Long PLATFORM_TENANT_ID = 900_001L;

    public static final String TENANT_HEADER = "X-Tenant-Id";

    private Tenants() {
    }
}
