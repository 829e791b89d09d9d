// A token minting service that signs Nimbus and auth0 tokens it creates itself and reads claims back from its own SignedJWT object, never from a received token.
import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Service;

@Service
class ServiceTokenMinter {

    private final SigningKeyDirectory keys;

    ServiceTokenMinter(SigningKeyDirectory keys) {
        this.keys = keys;
    }

    record MintedToken(String value, Instant expiresAt) {
    }

    MintedToken mintNimbus(String serviceName) throws JOSEException, ParseException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(serviceName)
                .issuer("https://internal.example.com")
                .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(10))))
                .build();
        SignedJWT signed = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("internal").build(), claims);
        signed.sign(new MACSigner(keys.hmacKey("internal")));
        Instant expiresAt = signed.getJWTClaimsSet().getExpirationTime().toInstant();
        return new MintedToken(signed.serialize(), expiresAt);
    }

    String mintAuth0(String serviceName) {
        return JWT.create()
                .withSubject(serviceName)
                .withIssuer("https://internal.example.com")
                .withExpiresAt(Instant.now().plus(Duration.ofMinutes(10)))
                .sign(Algorithm.HMAC256(keys.hmacSecret("internal")));
    }
}
