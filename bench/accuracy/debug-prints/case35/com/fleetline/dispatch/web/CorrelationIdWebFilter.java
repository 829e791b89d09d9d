package com.fleetline.dispatch.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.UUID;

@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdWebFilter implements WebFilter {

    public static final String HEADER = "X-Correlation-Id";
    public static final String CONTEXT_KEY = "correlationId";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String correlationId = Optional.ofNullable(request.getHeaders().getFirst(HEADER))
                .filter(value -> value.length() <= 64)
                .orElseGet(() -> UUID.randomUUID().toString());
        System.out.println(request.getMethod() + " " + request.getPath() + " correlationId=" + correlationId);
        exchange.getResponse().getHeaders().set(HEADER, correlationId);
        ServerWebExchange mutated = exchange.mutate()
                .request(request.mutate().header(HEADER, correlationId).build())
                .build();
        return chain.filter(mutated).contextWrite(ctx -> ctx.put(CONTEXT_KEY, correlationId));
    }
}
