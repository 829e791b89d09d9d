// A WebFlux WebFilter that validates tokens with a Nimbus DefaultJWTProcessor (JWKS key selector), including a JWTParser.parse whose result is handed to the processor.
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URL;
import java.text.ParseException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

@Component
class JwksProcessorWebFilter implements WebFilter {

    private final ConfigurableJWTProcessor<SecurityContext> jwtProcessor;

    JwksProcessorWebFilter() throws MalformedURLException {
        JWKSource<SecurityContext> keySource = JWKSourceBuilder
                .<SecurityContext>create(new URL("https://login.example.com/.well-known/jwks.json"))
                .retrying(true)
                .build();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keySource));
        this.jwtProcessor = processor;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String token = BearerTokens.from(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION)).orElse(null);
        if (token == null) {
            return chain.filter(exchange);
        }
        JWTClaimsSet claims;
        try {
            claims = jwtProcessor.process(token, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
            return exchange.getResponse().setComplete();
        }
        exchange.getAttributes().put(AuthenticatedPrincipal.REQUEST_ATTRIBUTE, toPrincipal(claims));
        return chain.filter(exchange);
    }

    JWTClaimsSet claimsOfParsed(String token) throws Exception {
        JWT parsed = JWTParser.parse(token);
        if (parsed.getHeader().getAlgorithm() == null) {
            throw new IllegalArgumentException("missing alg");
        }
        return jwtProcessor.process(parsed, null);
    }

    private static AuthenticatedPrincipal toPrincipal(JWTClaimsSet claims) {
        try {
            List<String> roles = claims.getStringListClaim("roles");
            return new AuthenticatedPrincipal(claims.getSubject(), claims.getStringClaim("tid"), roles == null ? List.of() : roles);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
