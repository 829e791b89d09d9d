package org.meridian.saas.tenancy;

import java.util.Map;

/**
 * Holds the verified token claims of the current request, set by the authentication
 * filter. Values are as the JSON payload had them: strings, numbers, lists or maps.
 */
public final class TenantContext {

    private static final ThreadLocal<Map<String, Object>> CLAIMS = ThreadLocal.withInitial(Map::of);

    private TenantContext() {
    }

    public static void set(Map<String, Object> claims) {
        CLAIMS.set(Map.copyOf(claims));
    }

    public static Map<String, Object> claims() {
        return CLAIMS.get();
    }

    public static void clear() {
        CLAIMS.remove();
    }
}
