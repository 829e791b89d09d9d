// A service that looks up the RSA key by kid in a Nimbus JWKSet and verifies the SignedJWT with an RSASSAVerifier before reading the claims.
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
class PartnerJwksTokenService {

    private final JWKSet partnerKeys;

    PartnerJwksTokenService(JWKSet partnerKeys) {
        this.partnerKeys = partnerKeys;
    }

    Optional<JWTClaimsSet> verify(String token) throws ParseException, JOSEException {
        SignedJWT jwt = SignedJWT.parse(token);
        JWK jwk = partnerKeys.getKeyByKeyId(jwt.getHeader().getKeyID());
        if (!(jwk instanceof RSAKey rsaKey)) {
            return Optional.empty();
        }
        JWSVerifier verifier = new RSASSAVerifier(rsaKey.toRSAPublicKey());
        if (!jwt.verify(verifier)) {
            return Optional.empty();
        }
        return Optional.of(jwt.getJWTClaimsSet());
    }

    String partnerId(String token) throws ParseException, JOSEException {
        var signed = SignedJWT.parse(token);
        var key = (RSAKey) partnerKeys.getKeyByKeyId(signed.getHeader().getKeyID());
        boolean valid = signed.verify(new RSASSAVerifier(key));
        if (!valid) {
            throw new SecurityException("signature mismatch");
        }
        return signed.getJWTClaimsSet().getStringClaim("partner_id");
    }
}
