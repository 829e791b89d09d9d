// An OAuth helper whose token/password/credential-named constants are a header prefix, token types and grant types, and whose Authorization headers carry runtime tokens after a literal prefix.
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

public class TokenRelayClient {

    public static final String TOKEN_PREFIX = "Bearer ";
    static final String TOKEN_TYPE = "bearer";
    static final String REFRESH_TOKEN_GRANT = "refresh_token";
    static final String PASSWORD_GRANT_TYPE = "password";
    static final String CLIENT_CREDENTIALS_GRANT = "client_credentials";
    static final String BASIC_CREDENTIALS_PREFIX = "Basic ";
    static final String ID_TOKEN_HINT = "id_token_hint";

    private final WebClient webClient;

    public TokenRelayClient(WebClient webClient) {
        this.webClient = webClient;
    }

    public Mono<String> callDownstream(String accessToken, String path) {
        return webClient.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, TOKEN_PREFIX + accessToken)
                .retrieve()
                .bodyToMono(String.class);
    }

    public HttpHeaders basicHeaders(String encodedClientCredentials) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Authorization", BASIC_CREDENTIALS_PREFIX + encodedClientCredentials);
        return headers;
    }

    public Map<String, String> refreshForm(String refreshToken) {
        return Map.of("grant_type", REFRESH_TOKEN_GRANT, REFRESH_TOKEN_GRANT, refreshToken);
    }

    public boolean isBearer(Map<String, Object> tokenResponse) {
        return TOKEN_TYPE.equalsIgnoreCase(String.valueOf(tokenResponse.get("token_type")));
    }

    public String logoutUrl(String idToken) {
        return "https://login.example.com/logout?" + ID_TOKEN_HINT + "=" + idToken
                + "&grants=" + String.join(",", PASSWORD_GRANT_TYPE, CLIENT_CREDENTIALS_GRANT);
    }
}
