// A properties holder with secret-named fields and no initialisers, filled from the Spring Environment and passed on to a JWT signer and an HTTP client.
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.MACSigner;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

class OAuthClientProperties {

    private String clientId;
    private String clientSecret;
    private String signingSecret;
    private String apiToken;
    private Duration tokenTtl = Duration.ofMinutes(10);

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getSigningSecret() {
        return signingSecret;
    }

    public void setSigningSecret(String signingSecret) {
        this.signingSecret = signingSecret;
    }

    public String getApiToken() {
        return apiToken;
    }

    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }

    public Duration getTokenTtl() {
        return tokenTtl;
    }

    public void setTokenTtl(Duration tokenTtl) {
        this.tokenTtl = tokenTtl;
    }
}

@Configuration
public class OAuthClientConfig {

    @Bean
    public OAuthClientProperties oauthClientProperties(Environment env) {
        var props = new OAuthClientProperties();
        props.setClientId(env.getRequiredProperty("oauth.client-id"));
        props.setClientSecret(env.getRequiredProperty("oauth.client-secret"));
        props.setSigningSecret(env.getRequiredProperty("oauth.signing-secret"));
        props.setApiToken(env.getRequiredProperty("oauth.api-token"));
        return props;
    }

    @Bean
    public MACSigner assertionSigner(OAuthClientProperties props) throws JOSEException {
        return new MACSigner(props.getSigningSecret());
    }

    @Bean
    public RestClient identityProviderClient(OAuthClientProperties props) {
        return RestClient.builder()
                .baseUrl("https://idp.example.com")
                .defaultHeaders(h -> {
                    h.setBasicAuth(props.getClientId(), props.getClientSecret());
                    h.set("X-API-Key", props.getApiToken());
                })
                .build();
    }
}
