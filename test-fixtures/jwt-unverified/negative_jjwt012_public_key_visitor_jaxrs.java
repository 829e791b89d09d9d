// A JAX-RS ContainerRequestFilter that parses with a jjwt 0.12 parser verified by an RSA public key and narrows the result with the Jws.CLAIMS visitor.
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.interfaces.RSAPublicKey;
import java.util.List;

@Provider
@PreMatching
class RsaJwsContainerFilter implements ContainerRequestFilter {

    private final SigningKeyDirectory keys;

    RsaJwsContainerFilter(SigningKeyDirectory keys) {
        this.keys = keys;
    }

    @Override
    public void filter(ContainerRequestContext requestContext) {
        var token = BearerTokens.from(requestContext.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token.isEmpty()) {
            requestContext.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        RSAPublicKey publicKey = keys.rsaKey("rsa-current");
        try {
            Jws<Claims> jws = Jwts.parser().verifyWith(publicKey).build().parse(token.get()).accept(Jws.CLAIMS);
            Claims claims = jws.getPayload();
            List<?> roles = claims.get("roles", List.class);
            boolean secure = requestContext.getSecurityContext().isSecure();
            requestContext.setSecurityContext(new ClaimsSecurityContext(claims.getSubject(),
                    roles.stream().map(Object::toString).toList(), secure));
        } catch (JwtException e) {
            requestContext.abortWith(Response.status(Response.Status.UNAUTHORIZED).entity(e.getMessage()).build());
        }
    }
}
