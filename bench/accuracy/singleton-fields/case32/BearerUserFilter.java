// Authentication filter of the JAX-RS API: verifies the bearer token and fills the
// request's user context.
package singletons.case32;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerUserFilter implements ContainerRequestFilter {

    @Inject
    CurrentUserContext user;

    @Inject
    TokenVerifier verifier;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith("Bearer ")) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        var claims = verifier.verify(header.substring("Bearer ".length()));
        user.setUserId(claims.subject());
        user.setRoles(claims.roles());
        if (claims.subject().startsWith("svc-")) {
            user.markServiceAccount();
        }
    }

    public interface TokenVerifier {

        Claims verify(String token);

        record Claims(String subject, Set<String> roles) {
        }
    }
}
