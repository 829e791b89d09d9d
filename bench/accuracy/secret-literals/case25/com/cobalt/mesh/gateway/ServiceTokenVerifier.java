package com.cobalt.mesh.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Date;
import org.springframework.stereotype.Component;

@Component
public class ServiceTokenVerifier {

    /** Key id published in the mesh JWKS document; rotated with the shared key. */
    static final String EXPECTED_KEY_ID = "7f3e9a1c5b8d2f4e6a0c9b7d1e3f5a2c";

    private final JWSVerifier verifier;

    public ServiceTokenVerifier() throws JOSEException {
        String sharedKey = System.getenv("MESH_SHARED_KEY");
        if (sharedKey == null || sharedKey.length() < 32) {
            throw new IllegalStateException("MESH_SHARED_KEY is not set or shorter than 256 bits");
        }
        this.verifier = new MACVerifier(sharedKey);
    }

    public JWTClaimsSet verify(String token, String expectedAudience) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!EXPECTED_KEY_ID.equals(jwt.getHeader().getKeyID()) || !jwt.verify(verifier)) {
                throw new ServiceTokenException("signature rejected");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            if (expiry == null || expiry.before(new Date()) || !claims.getAudience().contains(expectedAudience)) {
                throw new ServiceTokenException("token expired or not meant for " + expectedAudience);
            }
            return claims;
        } catch (ParseException | JOSEException e) {
            throw new ServiceTokenException("malformed service token");
        }
    }
}
