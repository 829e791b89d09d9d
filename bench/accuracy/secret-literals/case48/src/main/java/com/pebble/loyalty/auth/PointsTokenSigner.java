package com.pebble.loyalty.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs the vouchers members scan at the till to redeem points.
 */
@Component
public class PointsTokenSigner {

    private static final long VOUCHER_LIFETIME_SECONDS = 600;

    private final Algorithm algorithm;

    public PointsTokenSigner(@Value("${loyalty.voucher.secret}") String secret) {
        this.algorithm = Algorithm.HMAC256(secret);
    }

    public String sign(String memberId, long points) {
        return JWT.create()
                .withSubject(memberId)
                .withClaim("points", points)
                .withExpiresAt(Instant.now().plusSeconds(VOUCHER_LIFETIME_SECONDS))
                .sign(algorithm);
    }

    public DecodedJWT verify(String voucher) {
        return JWT.require(algorithm).build().verify(voucher);
    }
}
