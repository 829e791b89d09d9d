package com.skyledger.tenancy;

public final class TenantIds {

    /** The operator's own tenant, created by the bootstrap migration. */
    public static final long OPERATOR_TENANT_ID = 900_001L;

    public static final String HEADER = "X-Tenant";

    private TenantIds() {
    }
}
