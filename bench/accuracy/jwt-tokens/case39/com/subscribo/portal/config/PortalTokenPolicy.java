package com.subscribo.portal.config;

public final class PortalTokenPolicy {

    public static final String ISSUER = "subscribo-accounts";
    public static final String AUDIENCE = "customer-portal";

    /** Customers with a lapsed session may still reach the renewal pages. */
    public static final long RENEWAL_GRACE_SECONDS = 3L * 24 * 60 * 60;

    public static final long ACCESS_TOKEN_SECONDS = 15 * 60;

    private PortalTokenPolicy() {
    }
}
