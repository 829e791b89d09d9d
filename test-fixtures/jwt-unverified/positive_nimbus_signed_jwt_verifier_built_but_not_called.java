// A partner service that parses a Nimbus SignedJWT, builds a MACVerifier, but never calls verify before trusting the claims.
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Date;
import org.springframework.stereotype.Service;

@Service
class PartnerOrderTokenService {

    record PartnerOrder(String partnerId, String orderId, long amountCents) {
    }

    private static final System.Logger LOG = System.getLogger(PartnerOrderTokenService.class.getName());

    private final SigningKeyDirectory keys;

    PartnerOrderTokenService(SigningKeyDirectory keys) {
        this.keys = keys;
    }

    PartnerOrder readOrder(String token) throws ParseException, JOSEException {
        SignedJWT signed = SignedJWT.parse(token); // expect: jwt-unverified "`parse`"
        JWSVerifier verifier = new MACVerifier(keys.hmacKey(signed.getHeader().getKeyID()));
        LOG.log(System.Logger.Level.DEBUG, "order token algorithms supported: {0}", verifier.supportedJWSAlgorithms());
        JWTClaimsSet claims = signed.getJWTClaimsSet();
        if (claims.getExpirationTime().before(new Date())) {
            throw new IllegalArgumentException("expired order token");
        }
        return new PartnerOrder(claims.getIssuer(), claims.getStringClaim("order"), claims.getLongClaim("amount"));
    }

    String partnerOf(String token) throws ParseException {
        return SignedJWT.parse(token).getJWTClaimsSet().getIssuer(); // expect: jwt-unverified "`parse`"
    }
}
