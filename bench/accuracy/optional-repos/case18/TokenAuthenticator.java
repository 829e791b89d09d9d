package opt.case18;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;

@Component
public class TokenAuthenticator {

    private final ApiTokenRepository tokenRepository;
    private final Clock clock;

    public TokenAuthenticator(ApiTokenRepository tokenRepository, Clock clock) {
        this.tokenRepository = tokenRepository;
        this.clock = clock;
    }

    public Long authenticate(String rawToken) {
        Optional<ApiToken> token = tokenRepository.findById(sha256(rawToken));
        if (token.isEmpty() || token.get().isRevoked() || token.get().isExpired(clock.instant())) {
            throw new BadCredentialsException("Invalid API token");
        }
        return token.get().getClientId();
    }

    private static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
