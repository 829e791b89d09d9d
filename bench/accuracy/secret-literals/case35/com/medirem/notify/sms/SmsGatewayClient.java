package com.medirem.notify.sms;

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

    public SmsGatewayClient(WebClient.Builder builder) {
        this.webClient = builder.baseUrl("https://api.smsrelay.example/v1").build();
    }

    public Mono<String> send(String phoneNumber, String text) {
        var payload = Map.of("to", phoneNumber, "body", text, "sender", "MEDIREM");
        return webClient.post()
                .uri("/messages")
                .header(HttpHeaders.AUTHORIZATION, "Bearer sr_live_4Kq9Zt2Wv7Xc1Bn8Lm3Pd6Hg")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(payload)
                .retrieve()
                .bodyToMono(SmsReceipt.class)
                .map(SmsReceipt::messageId)
                .timeout(Duration.ofSeconds(5));
    }
}
