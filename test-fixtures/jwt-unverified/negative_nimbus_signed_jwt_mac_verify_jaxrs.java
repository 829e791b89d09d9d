// A JAX-RS ContainerRequestFilter that parses a Nimbus SignedJWT and checks signed.verify(new MACVerifier(..)) and the expiry before it trusts the claims.
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.text.ParseException;
import java.util.Date;
import java.util.List;

@Provider
class MacJwtContainerFilter implements ContainerRequestFilter {

    private final byte[] sharedSecret;

    MacJwtContainerFilter(byte[] sharedSecret) {
        this.sharedSecret = sharedSecret.clone();
    }

    @Override
    public void filter(ContainerRequestContext requestContext) {
        String token = BearerTokens.from(requestContext.getHeaderString(HttpHeaders.AUTHORIZATION)).orElse(null);
        if (token == null) {
            requestContext.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        try {
            SignedJWT signed = SignedJWT.parse(token);
            if (!signed.verify(new MACVerifier(sharedSecret))) {
                requestContext.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
                return;
            }
            JWTClaimsSet claims = signed.getJWTClaimsSet();
            if (claims.getExpirationTime() == null || claims.getExpirationTime().before(new Date())) {
                requestContext.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
                return;
            }
            List<String> roles = claims.getStringListClaim("roles");
            boolean secure = requestContext.getSecurityContext().isSecure();
            requestContext.setSecurityContext(new ClaimsSecurityContext(claims.getSubject(), roles, secure));
        } catch (ParseException | JOSEException e) {
            requestContext.abortWith(Response.status(Response.Status.BAD_REQUEST).build());
        }
    }
}

record ClaimsSecurityContext(String subject, List<String> roles, boolean secure) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return () -> subject;
    }

    @Override
    public boolean isUserInRole(String role) {
        return roles != null && roles.contains(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
