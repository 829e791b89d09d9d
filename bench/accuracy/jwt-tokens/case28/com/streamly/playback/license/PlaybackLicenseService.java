package com.streamly.playback.license;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.time.Duration;
import org.springframework.stereotype.Service;

@Service
public class PlaybackLicenseService {

    /** Viewers may resume a title for up to an hour after the playback token lapses. */
    private static final Duration RESUME_GRACE = Duration.ofHours(1);

    private final JWTVerifier playbackVerifier;
    private final LicenseIssuer licenseIssuer;

    public PlaybackLicenseService(PlaybackKeys keys, LicenseIssuer licenseIssuer) {
        this.playbackVerifier = JWT.require(Algorithm.ECDSA256(keys.verificationKey(), null))
                .withIssuer("streamly-catalog")
                .acceptLeeway(60)
                .acceptExpiresAt(RESUME_GRACE.toSeconds())
                .build();
        this.licenseIssuer = licenseIssuer;
    }

    public byte[] license(String playbackToken, byte[] challenge) {
        DecodedJWT token;
        try {
            token = playbackVerifier.verify(playbackToken);
        } catch (JWTVerificationException ex) {
            throw new PlaybackDeniedException(ex.getMessage());
        }
        String titleId = token.getClaim("title").asString();
        Integer maxHeight = token.getClaim("max_h").asInt();
        return licenseIssuer.issue(token.getSubject(), titleId, maxHeight == null ? 720 : maxHeight, challenge);
    }

    public interface PlaybackKeys {
        java.security.interfaces.ECPublicKey verificationKey();
    }

    public interface LicenseIssuer {
        byte[] issue(String viewerId, String titleId, int maxHeight, byte[] challenge);
    }

    public static class PlaybackDeniedException extends RuntimeException {
        public PlaybackDeniedException(String message) {
            super(message);
        }
    }
}
