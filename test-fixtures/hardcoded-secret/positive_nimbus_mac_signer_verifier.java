// A Nimbus JOSE service that signs with new MACSigner("..") and verifies with a MACVerifier built from a constant.
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Date;
import org.springframework.stereotype.Service;

@Service
public class NimbusTokenIssuer {

    private static final String SHARED_HMAC_KEY = "Vq3Nz8Lm1Kd6Hs9Xp4Rt7Yw2Bc5Fg0Je"; // expect: hardcoded-secret "`MACVerifier`"

    public String issue(String subject) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer("https://id.example.com")
                .expirationTime(new Date(System.currentTimeMillis() + 600_000))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner("Kc7Wq2Ez9Rx4Tb6Yn1Um8Io3Pa5Sd0Fh")); // expect: hardcoded-secret "`MACSigner`"
        return jwt.serialize();
    }

    public boolean verify(String token) throws ParseException, JOSEException {
        SignedJWT jwt = SignedJWT.parse(token);
        return jwt.verify(new MACVerifier(SHARED_HMAC_KEY));
    }
}
