package edu.northfield.registrar.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import org.springframework.stereotype.Component;

/**
 * Campus identity is migrating from RSA to EC keys; both are accepted until the cut-over.
 */
@Component
public class CampusTokenVerifier {

    private static final String ISSUER = "https://idp.northfield.edu";

    private final CampusSigningKeys keys;

    public CampusTokenVerifier(CampusSigningKeys keys) {
        this.keys = keys;
    }

    public Student verify(String token) {
        DecodedJWT peeked = JWT.decode(token);
        Algorithm algorithm = switch (peeked.getAlgorithm()) {
            case "RS256" -> Algorithm.RSA256(keys.rsaKey(), null);
            case "ES256" -> Algorithm.ECDSA256(keys.ecKey(), null);
            default -> throw new JWTVerificationException("Unsupported algorithm " + peeked.getAlgorithm());
        };
        DecodedJWT jwt = JWT.require(algorithm)
                .withIssuer(ISSUER)
                .withAudience("registrar")
                .build()
                .verify(token);
        return new Student(jwt.getSubject(), jwt.getClaim("matriculation_no").asString(),
                jwt.getClaim("faculty").asString());
    }

    public record Student(String principal, String matriculationNumber, String faculty) {
    }
}
