// An OAuth token client whose token-, password- and credential-named constants are URLs, endpoint paths and a JSON path.
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

@Service
class OAuthTokenClient {

    static final String TOKEN_URL = "https://login.example.com/oauth2/v2.0/token";
    static final String TOKEN_INTROSPECTION_URI = "https://login.example.com/oauth2/introspect";
    static final String ACCESS_TOKEN_JSON_PATH = "$.access_token";

    private final RestClient restClient = RestClient.create();

    @SuppressWarnings("unchecked")
    Map<String, Object> exchange(String code, String clientId, String clientSecret) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "authorization_code");
        form.add("code", code);
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);
        return restClient.post()
                .uri(TOKEN_URL)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(Map.class);
    }
}

@RestController
public class PasswordResetLinks {

    public static final String PASSWORD_RESET_PATH = "/api/auth/password/reset";
    public static final String PASSWORD_RESET_LINK = "https://app.example.com/reset-password?token={token}";
    static final String CREDENTIALS_ENDPOINT = "/internal/credentials/{id}";

    @GetMapping(PASSWORD_RESET_PATH + "/{token}")
    public String resetLink(@PathVariable String token) {
        return PASSWORD_RESET_LINK.replace("{token}", token);
    }

    @GetMapping(CREDENTIALS_ENDPOINT)
    public String credentialsOwner(@PathVariable String id) {
        return "owner-of-" + id;
    }
}
