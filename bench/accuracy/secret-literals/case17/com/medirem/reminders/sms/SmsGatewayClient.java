package com.medirem.reminders.sms;

import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Service
public class SmsGatewayClient {

    private final WebClient webClient;
    private final OAuthTokenService tokens;

    public SmsGatewayClient(WebClient.Builder builder, OAuthTokenService tokens) {
        this.webClient = builder.baseUrl("https://api.smsrelay.example/v1").build();
        this.tokens = tokens;
    }

    public Mono<String> send(String phoneNumber, String text) {
        var payload = Map.of("to", phoneNumber, "body", text, "sender", "MEDIREM");
        return tokens.accessToken()
                .flatMap(token -> webClient.post()
                        .uri("/messages")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(payload)
                        .retrieve()
                        .bodyToMono(Map.class))
                .map(receipt -> String.valueOf(receipt.get("messageId")))
                .timeout(Duration.ofSeconds(5));
    }
}
