package streq.case25;

public record GatewayProperties(String baseUrl, int timeoutMillis, boolean strictTls) {
}
