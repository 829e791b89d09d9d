package com.harborbank.mobile.session;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class SessionRefreshService {

    private final JWTVerifier refreshVerifier;
    private final AccessTokenIssuer issuer;
    private final RevokedSessionStore revokedSessions;

    public SessionRefreshService(@Value("${mobile.session.refresh-secret}") String refreshSecret,
                                 AccessTokenIssuer issuer,
                                 RevokedSessionStore revokedSessions) {
        this.refreshVerifier = JWT.require(Algorithm.HMAC512(refreshSecret))
                .withIssuer("harborbank-mobile")
                .withClaim("typ", "refresh")
                .build();
        this.issuer = issuer;
        this.revokedSessions = revokedSessions;
    }

    public TokenPair refresh(String expiredAccessToken, String refreshToken) {
        DecodedJWT refresh;
        try {
            refresh = refreshVerifier.verify(refreshToken);
        } catch (JWTVerificationException ex) {
            throw new SessionExpiredException("Refresh token rejected");
        }
        if (revokedSessions.isRevoked(refresh.getId())) {
            throw new SessionExpiredException("Session revoked");
        }

        DecodedJWT previous = JWT.decode(expiredAccessToken);
        if (!refresh.getSubject().equals(previous.getSubject())) {
            throw new SessionExpiredException("Token pair mismatch");
        }
        List<String> scopes = previous.getClaim("scope").asList(String.class);
        String deviceId = previous.getClaim("device_id").asString();

        String access = issuer.issueAccessToken(previous.getSubject(), scopes, deviceId);
        return new TokenPair(access, refreshToken);
    }

    public record TokenPair(String accessToken, String refreshToken) {
    }

    public static class SessionExpiredException extends RuntimeException {
        public SessionExpiredException(String message) {
            super(message);
        }
    }
}
