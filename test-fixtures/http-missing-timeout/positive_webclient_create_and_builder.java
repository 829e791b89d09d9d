// WebClient created with no connector that sets a response timeout and used without .timeout(..): WebClient.create(), WebClient.create(url), WebClient.builder() with a base URL and headers in a @Bean.
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;

@Configuration
class WebClientConfiguration {

    @Bean
    WebClient recommendationsWebClient() {
        return WebClient.builder() // expect: http-missing-timeout "`WebClient`"
                .baseUrl("https://recommendations.example.com")
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    @Bean
    WebClient personalisationWebClient() {
        return WebClient.create("https://personalisation.example.com"); // expect: http-missing-timeout "`WebClient`"
    }
}

@Service
class CouponValidationClient {

    Mono<Boolean> valid(String code) {
        WebClient client = WebClient.create(); // expect: http-missing-timeout "`WebClient`"
        return client.get()
                .uri("https://coupons.example.com/coupons/{code}", code)
                .retrieve()
                .bodyToMono(String.class)
                .map(body -> body.contains("\"valid\":true"));
    }
}
