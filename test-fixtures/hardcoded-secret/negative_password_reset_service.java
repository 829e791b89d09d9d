// A password reset service using AppUser/AppUserRepository (negative_jpa_user_entity_and_repository.java) that logs token events and issues random reset tokens: messages and generated values only.
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.logging.Logger;
import org.springframework.stereotype.Service;

@Service
public class PasswordResetService {

    private static final Logger log = Logger.getLogger(PasswordResetService.class.getName());
    private static final Duration RESET_TOKEN_TTL = Duration.ofMinutes(30);
    private static final int RESET_TOKEN_BYTES = 32;

    private final AppUserRepository users;
    private final SecureRandom random = new SecureRandom();

    public PasswordResetService(AppUserRepository users) {
        this.users = users;
    }

    // The default admin password used to be changeme; it now has to be set on first login.
    public String startReset(long userId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new IllegalArgumentException("Unknown user " + userId));
        byte[] raw = new byte[RESET_TOKEN_BYTES];
        random.nextBytes(raw);
        String token = HexFormat.of().formatHex(raw);
        user.startPasswordReset(token, Instant.now().plus(RESET_TOKEN_TTL));
        users.save(user);
        log.info(() -> "Password reset token issued for user " + userId);
        return token;
    }

    public boolean tokenUsable(String token) {
        return users.findByResetToken(token)
                .map(u -> u.resetTokenValid(Instant.now()))
                .orElseGet(() -> {
                    log.warning("Password reset attempted with an unknown token");
                    return false;
                });
    }
}
