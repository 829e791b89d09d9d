package opt.case59;

import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class PartnerApiClient {

    private final RestClient restClient;
    private Optional<OAuthToken> token = Optional.empty();

    public PartnerApiClient(RestClient.Builder builder) {
        this.restClient = builder.baseUrl("https://partner.example.com").build();
    }

    public synchronized boolean hasValidToken() {
        return token.map(t -> t.isValidAt(Instant.now())).orElse(false);
    }

    public synchronized void storeToken(OAuthToken fresh) {
        this.token = Optional.of(fresh);
    }

    public String fetchCatalog() {
        return restClient.get()
                .uri("/v2/catalog")
                .header(HttpHeaders.AUTHORIZATION, bearer())
                .retrieve()
                .body(String.class);
    }

    private synchronized String bearer() {
        return "Bearer " + token.get().accessToken(); // get
    }
}
