// Domain event publisher over the event gateway's HTTP ingest endpoint.
package ignoredfutures.case30;

import java.time.Duration;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

@Component
public class HttpDomainEventPublisher implements DomainEventPublisher {

    private final WebClient eventGatewayWebClient;

    public HttpDomainEventPublisher(WebClient eventGatewayWebClient) {
        this.eventGatewayWebClient = eventGatewayWebClient;
    }

    @Override
    public Mono<Void> publish(DomainEvent event) {
        return eventGatewayWebClient.post()
                .uri("/ingest/{type}", event.type())
                .bodyValue(event)
                .retrieve()
                .bodyToMono(Void.class)
                .retryWhen(Retry.backoff(3, Duration.ofMillis(200)));
    }
}
