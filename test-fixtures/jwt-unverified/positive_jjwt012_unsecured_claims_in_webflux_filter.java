// A WebFlux WebFilter behind an API gateway that trusts the forwarded token and reads it with Jwts.parser().unsecured()...parseUnsecuredClaims in one chain (one finding for the chain).
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

@Component
class GatewayForwardedTokenWebFilter implements WebFilter {

    private static final String FORWARDED_TOKEN_HEADER = "X-Forwarded-Access-Token";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String token = exchange.getRequest().getHeaders().getFirst(FORWARDED_TOKEN_HEADER);
        if (token == null || token.isBlank()) {
            exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
            return exchange.getResponse().setComplete();
        }
        Claims claims = Jwts.parser() // expect: jwt-unverified "`parseUnsecuredClaims`"
                .unsecured()
                .build()
                .parseUnsecuredClaims(token)
                .getPayload();
        List<?> roles = claims.get("roles", List.class);
        var principal = new AuthenticatedPrincipal(claims.getSubject(), claims.get("tid", String.class),
                roles.stream().map(String::valueOf).toList());
        exchange.getAttributes().put(AuthenticatedPrincipal.REQUEST_ATTRIBUTE, principal);
        return chain.filter(exchange);
    }
}
