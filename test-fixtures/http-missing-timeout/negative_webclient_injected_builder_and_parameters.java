// Spring Boot injected WebClient.Builder built with no timeout in code (properties or customizers may set them), and WebClients the code receives (a parameter, an injected bean mutated).
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;

@Configuration
class BootWebClientConfiguration {

    @Bean
    WebClient identityWebClient(WebClient.Builder builder) {
        return builder
                .baseUrl("https://identity.example.com")
                .filter(ExchangeFilterFunction.ofRequestProcessor(Mono::just))
                .build();
    }
}

@Service
class ProfileEnrichmentClient {

    private final WebClient profiles;
    private final WebClient enrichment;

    ProfileEnrichmentClient(WebClient.Builder webClientBuilder, WebClient sharedWebClient) {
        this.profiles = webClientBuilder.baseUrl("https://profiles.example.com").build();
        this.enrichment = sharedWebClient.mutate()
                .defaultHeader(HttpHeaders.USER_AGENT, "profile-enrichment")
                .build();
    }

    Mono<String> profile(String id) {
        return profiles.get().uri("/profiles/{id}", id).retrieve().bodyToMono(String.class);
    }

    Mono<String> enrich(String id) {
        return enrichment.get().uri("/enrich/{id}", id).retrieve().bodyToMono(String.class);
    }

    static Mono<String> ping(WebClient client) {
        return client.get().uri("/ping").retrieve().bodyToMono(String.class);
    }
}
