package streq.case14;

import org.springframework.stereotype.Component;

@Component
public class GatewayEndpointChecker {

    private final GatewayProperties properties;

    public GatewayEndpointChecker(GatewayProperties properties) {
        this.properties = properties;
    }

    public boolean isConfiguredGateway(String scheme, String host, int port) {
        if (port <= 0 || host == null) {
            return false;
        }
        String base = port == 443 ? scheme + "://" + host : scheme + "://" + host + ":" + port;
        return (base + "/api") == properties.baseUrl();
    }
}
