// @Value injections with literal defaults whose property keys name no secret (issuer, username, URLs, header names, timeouts).
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class GatewayClientSettings {

    @Value("${gateway.base-url:https://gateway.example.com}")
    private String baseUrl;

    @Value("${gateway.username:gateway-client}")
    private String username;

    @Value("${jwt.issuer:https://auth.example.com}")
    private String jwtIssuer;

    @Value("${jwt.audience:orders-api}")
    private String jwtAudience;

    @Value("${gateway.auth-header-name:X-API-Key}")
    private String authHeaderName;

    @Value("${gateway.connect-timeout:PT5S}")
    private Duration connectTimeout;

    @Value("${gateway.user-agent:orders-service/1.4}")
    private String userAgent;

    public String describe() {
        return "%s as %s (iss=%s, aud=%s, header=%s, timeout=%s, ua=%s)"
                .formatted(baseUrl, username, jwtIssuer, jwtAudience, authHeaderName, connectTimeout, userAgent);
    }
}
