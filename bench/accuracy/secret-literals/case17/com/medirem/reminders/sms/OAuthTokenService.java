package com.medirem.reminders.sms;

import java.time.Duration;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Service
public class OAuthTokenService {

    private static final String TOKEN_PATH = "/oauth2/token";
    private static final String TOKEN_GRANT_TYPE = "client_credentials";
    private static final String TOKEN_TYPE_BEARER = "bearer";
    private static final String CLIENT_SECRET_PROPERTY = "sms.oauth.client-secret";

    private final WebClient authClient;
    private final String clientId;
    private final String clientSecret;

    public OAuthTokenService(WebClient.Builder builder, Environment environment) {
        this.authClient = builder.baseUrl("https://auth.smsrelay.example").build();
        this.clientId = environment.getRequiredProperty("sms.oauth.client-id");
        this.clientSecret = environment.getRequiredProperty(CLIENT_SECRET_PROPERTY);
    }

    public Mono<String> accessToken() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", TOKEN_GRANT_TYPE);
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);
        return authClient.post()
                .uri(TOKEN_PATH)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form))
                .retrieve()
                .bodyToMono(Map.class)
                .timeout(Duration.ofSeconds(3))
                .flatMap(body -> {
                    Object type = body.get("token_type");
                    if (type == null || !TOKEN_TYPE_BEARER.equalsIgnoreCase(type.toString())) {
                        return Mono.error(new IllegalStateException("unexpected token type " + type));
                    }
                    return Mono.just(String.valueOf(body.get("access_token")));
                })
                .cache(Duration.ofMinutes(50));
    }
}
