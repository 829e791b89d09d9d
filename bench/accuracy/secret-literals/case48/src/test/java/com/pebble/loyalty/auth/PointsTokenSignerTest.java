package com.pebble.loyalty.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import org.junit.jupiter.api.Test;

class PointsTokenSignerTest {

    private static final String SECRET = "Kq8Zv2Lm6Xr0Wn4Bc7Hd1Fs5Jg9PaT3e";

    private final PointsTokenSigner signer = new PointsTokenSigner(SECRET);

    @Test
    void signedVoucherVerifies() {
        String voucher = signer.sign("member-42", 1_500);

        var decoded = signer.verify(voucher);

        assertEquals("member-42", decoded.getSubject());
        assertEquals(1_500L, decoded.getClaim("points").asLong());
    }

    @Test
    void voucherSignedWithAnotherKeyIsRejected() {
        String forged = JWT.create()
                .withSubject("member-42")
                .withClaim("points", 99_999)
                .sign(Algorithm.HMAC256("Wn4Bc7Hd1Fs5Jg9PaT3eKq8Zv2Lm6Xr0"));

        assertThrows(JWTVerificationException.class, () -> signer.verify(forged));
    }
}
