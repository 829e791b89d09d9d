// An auth0 verification service that decodes a token only to read its kid or alg header, picks the key, and then verifies the token before reading claims.
import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class MultiKeyJwtVerifier {

    private final SigningKeyDirectory keys;

    MultiKeyJwtVerifier(SigningKeyDirectory keys) {
        this.keys = keys;
    }

    AuthenticatedPrincipal authenticate(String token) {
        DecodedJWT unverified = JWT.decode(token);
        RSAPublicKey publicKey = keys.rsaKey(unverified.getKeyId());
        JWTVerifier verifier = JWT.require(Algorithm.RSA256(publicKey, null))
                .withIssuer("https://login.example.com")
                .withAudience("orders-api")
                .build();
        DecodedJWT verified = verifier.verify(unverified);
        return new AuthenticatedPrincipal(verified.getSubject(), verified.getClaim("tid").asString(),
                verified.getClaim("roles").asList(String.class));
    }

    String subject(String token) {
        String alg = JWT.decode(token).getAlgorithm();
        Algorithm algorithm = switch (alg) {
            case "RS256" -> Algorithm.RSA256(keys.rsaKey("rsa-current"), null);
            case "HS256" -> Algorithm.HMAC256(keys.hmacSecret("legacy"));
            default -> throw new IllegalArgumentException("unsupported alg " + alg);
        };
        return JWT.require(algorithm).build().verify(token).getSubject();
    }

    List<String> audiences(String token) {
        var keyId = JWT.decode(token).getKeyId();
        var verified = JWT.require(Algorithm.RSA256(keys.rsaKey(keyId), null)).build().verify(token);
        return verified.getAudience();
    }
}
