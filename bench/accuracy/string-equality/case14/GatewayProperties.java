package streq.case14;

public record GatewayProperties(String baseUrl, int timeoutMillis, boolean strictTls) {
}
