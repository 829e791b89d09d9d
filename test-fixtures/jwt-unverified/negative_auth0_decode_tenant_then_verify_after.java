// A multi-tenant auth0 service that decodes the token to find the tenant, reads that claim, then verifies the same token (or the decoded object) with the tenant's secret in the same method.
import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

@Service
class TenantTokenVerifier {

    private final Map<String, JWTVerifier> verifiersByTenant = new ConcurrentHashMap<>();
    private final SigningKeyDirectory keys;

    TenantTokenVerifier(SigningKeyDirectory keys) {
        this.keys = keys;
    }

    Optional<AuthenticatedPrincipal> authenticate(String token) {
        DecodedJWT decoded = JWT.decode(token);
        String tenant = decoded.getClaim("tid").asString();
        JWTVerifier verifier = verifiersByTenant.computeIfAbsent(tenant,
                t -> JWT.require(Algorithm.HMAC256(keys.hmacSecret(t))).withClaim("tid", t).build());
        try {
            verifier.verify(decoded);
        } catch (JWTVerificationException e) {
            return Optional.empty();
        }
        return Optional.of(new AuthenticatedPrincipal(decoded.getSubject(), tenant,
                decoded.getClaim("roles").asList(String.class)));
    }

    String issuerAfterCheck(String token) {
        var jwt = JWT.decode(token);
        String issuer = jwt.getIssuer();
        JWT.require(Algorithm.HMAC256(keys.hmacSecret(issuer))).withIssuer(issuer).build().verify(token);
        return issuer;
    }
}
