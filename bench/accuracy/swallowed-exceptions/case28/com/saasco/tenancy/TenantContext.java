package com.saasco.tenancy;

public final class TenantContext {

    private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static void set(TenantId tenant) {
        CURRENT.set(tenant);
    }

    public static TenantId current() {
        TenantId tenant = CURRENT.get();
        return tenant != null ? tenant : TenantId.DEFAULT;
    }

    public static void clear() {
        CURRENT.remove();
    }
}
