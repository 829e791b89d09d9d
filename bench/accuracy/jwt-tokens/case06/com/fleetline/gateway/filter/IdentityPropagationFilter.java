package com.fleetline.gateway.filter;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Copies the caller's identity from the bearer token into headers for the telemetry services.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class IdentityPropagationFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return chain.filter(exchange);
        }
        JWTClaimsSet claims;
        try {
            SignedJWT jwt = SignedJWT.parse(authorization.substring(7));
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException ex) {
            exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
            return exchange.getResponse().setComplete();
        }
        String tenant = (String) claims.getClaim(GatewayHeaders.TENANT_CLAIM);
        ServerHttpRequest mutated = exchange.getRequest().mutate()
                .headers(h -> {
                    h.remove(GatewayHeaders.USER_ID);
                    h.remove(GatewayHeaders.TENANT_ID);
                })
                .header(GatewayHeaders.USER_ID, claims.getSubject())
                .header(GatewayHeaders.TENANT_ID, tenant == null ? "default" : tenant)
                .build();
        return chain.filter(exchange.mutate().request(mutated).build());
    }
}
