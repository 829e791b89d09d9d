package com.northwind.erp.sync;

/**
 * Credentials for the ERP bridge, resolved once at start-up from the container environment.
 */
public final class IntegrationSecrets {

    public static final String JWT_SECRET = requireEnv("ERP_BRIDGE_JWT_SECRET");
    public static final String DB_PASSWORD = requireEnv("ERP_DB_PASSWORD");
    public static final String PARTNER_API_KEY = System.getProperty("erp.partner.apiKey", "");

    private IntegrationSecrets() {
    }

    private static String requireEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set");
        }
        return value;
    }
}
