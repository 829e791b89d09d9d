// A WebFlux filter that prints the correlation id on entry and the outcome in a doFinally lambda.
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

@Component
class CorrelationIdWebFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String correlationId = exchange.getRequest().getHeaders().getFirst("X-Correlation-Id");
        String id = correlationId != null ? correlationId : UUID.randomUUID().toString();
        System.out.println("[" + id + "] " + exchange.getRequest().getPath()); // expect: debug-output "System.out"
        exchange.getResponse().getHeaders().set("X-Correlation-Id", id);
        return chain.filter(exchange)
                .doFinally(signal -> System.err.println("[" + id + "] finished with " + signal)); // expect: debug-output "System.err"
    }
}
