// Spring Boot injected WebClient.Builder where the code takes over the connector and sets only the connect timeout, with no response timeout or ReadTimeoutHandler.
import io.netty.channel.ChannelOption;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

@Service
class ConsentRegistryClient {

    private final WebClient webClient;

    ConsentRegistryClient(WebClient.Builder webClientBuilder) {
        HttpClient httpClient = HttpClient.create().option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 1_500);
        this.webClient = webClientBuilder // expect: http-missing-timeout "`WebClient`"
                .baseUrl("https://consent.example.com")
                .clientConnector(new ReactorClientHttpConnector(httpClient))
                .build();
    }

    Mono<String> consents(String subjectId) {
        return webClient.get().uri("/subjects/{id}/consents", subjectId).retrieve().bodyToMono(String.class);
    }
}
