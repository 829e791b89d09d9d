package gov.permits.api.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.interfaces.DecodedJWT;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.util.List;
import java.util.Set;

@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthFilter implements ContainerRequestFilter {

    private static final String ISSUER = "https://login.permits.example.gov";

    @Override
    public void filter(ContainerRequestContext ctx) {
        String header = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith("Bearer ")) {
            ctx.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        DecodedJWT jwt;
        try {
            jwt = JWT.decode(header.substring(7));
        } catch (JWTDecodeException ex) {
            ctx.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        Instant expiresAt = jwt.getExpiresAtAsInstant();
        if (!ISSUER.equals(jwt.getIssuer()) || expiresAt == null || expiresAt.isBefore(Instant.now())) {
            ctx.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        List<String> groups = jwt.getClaim("groups").asList(String.class);
        ctx.setSecurityContext(new PermitSecurityContext(jwt.getSubject(),
                groups == null ? Set.of() : Set.copyOf(groups),
                ctx.getSecurityContext().isSecure()));
    }
}
