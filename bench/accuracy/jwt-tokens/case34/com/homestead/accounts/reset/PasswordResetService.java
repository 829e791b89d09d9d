package com.homestead.accounts.reset;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class PasswordResetService {

    private static final Duration RESET_LINK_VALIDITY = Duration.ofMinutes(30);

    private final Algorithm algorithm;
    private final AccountRepository accounts;
    private final ResetMailer mailer;
    private final Clock clock;

    public PasswordResetService(@Value("${accounts.reset.secret}") String secret,
                                AccountRepository accounts, ResetMailer mailer, Clock clock) {
        this.algorithm = Algorithm.HMAC256(secret);
        this.accounts = accounts;
        this.mailer = mailer;
        this.clock = clock;
    }

    public void requestReset(String email) {
        accounts.findByEmail(email).ifPresent(account -> {
            Instant now = clock.instant();
            String token = JWT.create()
                    .withSubject(Long.toString(account.id()))
                    .withClaim("pwv", account.passwordVersion())
                    .withIssuedAt(now)
                    .withExpiresAt(now.plus(RESET_LINK_VALIDITY))
                    .sign(algorithm);
            mailer.sendResetLink(account.email(), token);
        });
    }

    public void resetPassword(String token, String newPassword) {
        DecodedJWT reset = decodeResetToken(token);
        long accountId = Long.parseLong(reset.getSubject());
        AccountRepository.Account account = accounts.findById(accountId)
                .orElseThrow(() -> new InvalidResetTokenException("Unknown account"));
        if (account.passwordVersion() != reset.getClaim("pwv").asInt()) {
            throw new InvalidResetTokenException("Reset link already used");
        }
        accounts.updatePassword(accountId, newPassword);
    }

    private DecodedJWT decodeResetToken(String token) {
        try {
            return JWT.require(algorithm).withClaimPresence("pwv").build().verify(token);
        } catch (JWTVerificationException ex) {
            throw new InvalidResetTokenException("Reset link invalid or expired");
        }
    }

    public interface ResetMailer {
        void sendResetLink(String email, String token);
    }

    public static class InvalidResetTokenException extends RuntimeException {
        public InvalidResetTokenException(String message) {
            super(message);
        }
    }
}
