// A GenericFilterBean in a security chain that verifies the token with an injected auth0 JWTVerifier bean (built in the same file with a 5 second leeway).
import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.GenericFilterBean;

@Configuration
class ApiVerifierConfig {

    @Bean
    JWTVerifier apiJwtVerifier(SigningKeyDirectory keys) {
        return JWT.require(Algorithm.RSA256(keys.rsaKey("api"), null))
                .withIssuer("https://login.example.com")
                .withAudience("inventory-api")
                .acceptLeeway(5)
                .build();
    }
}

class ApiJwtSecurityFilter extends GenericFilterBean {

    private final JWTVerifier apiJwtVerifier;

    ApiJwtSecurityFilter(JWTVerifier apiJwtVerifier) {
        this.apiJwtVerifier = apiJwtVerifier;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        var http = (HttpServletRequest) request;
        var token = BearerTokens.from(http);
        if (token.isPresent()) {
            try {
                DecodedJWT jwt = apiJwtVerifier.verify(token.get());
                http.setAttribute(AuthenticatedPrincipal.REQUEST_ATTRIBUTE, new AuthenticatedPrincipal(
                        jwt.getSubject(), jwt.getClaim("tid").asString(), jwt.getClaim("roles").asList(String.class)));
            } catch (JWTVerificationException e) {
                ((HttpServletResponse) response).sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
