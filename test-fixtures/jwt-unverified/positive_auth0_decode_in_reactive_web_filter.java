// A WebFlux WebFilter that decodes the bearer token with JWT.decode inside a reactive lambda and stores a principal built from its claims.
import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.DecodedJWT;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

@Component
class ReactiveDecodedTokenWebFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return Mono.justOrEmpty(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION))
                .flatMap(header -> Mono.justOrEmpty(BearerTokens.from(header)))
                .map(token -> {
                    DecodedJWT jwt = JWT.decode(token); // expect: jwt-unverified "`decode`"
                    return new AuthenticatedPrincipal(jwt.getSubject(), jwt.getClaim("tid").asString(),
                            jwt.getClaim("roles").asList(String.class));
                })
                .doOnNext(principal -> exchange.getAttributes().put(AuthenticatedPrincipal.REQUEST_ATTRIBUTE, principal))
                .then(chain.filter(exchange));
    }
}
