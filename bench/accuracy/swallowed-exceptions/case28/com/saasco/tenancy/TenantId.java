package com.saasco.tenancy;

import java.util.regex.Pattern;

public record TenantId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]{2,31}");

    public static final TenantId DEFAULT = new TenantId("public");

    public static TenantId parse(String raw) {
        String candidate = raw.trim().toLowerCase();
        if (!FORMAT.matcher(candidate).matches()) {
            throw new IllegalArgumentException("Invalid tenant id: " + raw);
        }
        return new TenantId(candidate);
    }
}
