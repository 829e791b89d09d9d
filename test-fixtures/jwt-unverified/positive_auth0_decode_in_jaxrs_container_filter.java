// A JAX-RS ContainerRequestFilter that builds the security context from JWT.decode(..) claims without ever verifying the token.
import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.interfaces.DecodedJWT;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.util.List;

@Provider
class DecodedJwtContainerFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext requestContext) {
        var token = BearerTokens.from(requestContext.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token.isEmpty()) {
            requestContext.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        try {
            DecodedJWT jwt = JWT.decode(token.get()); // expect: jwt-unverified "`decode`"
            if (jwt.getExpiresAtAsInstant() != null && jwt.getExpiresAtAsInstant().isBefore(Instant.now())) {
                requestContext.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
                return;
            }
            List<String> roles = jwt.getClaim("roles").asList(String.class);
            boolean secure = requestContext.getSecurityContext().isSecure();
            requestContext.setSecurityContext(new ClaimsSecurityContext(jwt.getSubject(), roles, secure));
        } catch (JWTDecodeException e) {
            requestContext.abortWith(Response.status(Response.Status.BAD_REQUEST).build());
        }
    }
}
