// Password reset: token creation with an expiry, and the reset mail with the link.
package staticfields.case23;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PasswordResetService {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordResetService.class);
    private static final Logger AUDIT = LoggerFactory.getLogger("audit.password-reset");
    private static final Duration TOKEN_TTL = Duration.ofMinutes(30);
    private static final int TOKEN_BYTES = 32;
    private static final String RESET_PATH = "/account/reset?token=";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordResetTokenRepository tokens;
    private final JavaMailSender mailSender;
    private final String publicBaseUrl;

    public PasswordResetService(PasswordResetTokenRepository tokens, JavaMailSender mailSender,
            @Value("${app.public-base-url}") String publicBaseUrl) {
        this.tokens = tokens;
        this.mailSender = mailSender;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Transactional
    public void requestReset(String email) {
        if (!EMAIL.matcher(email).matches()) {
            LOG.debug("ignoring reset request for malformed address");
            return;
        }
        var bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        var value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var token = new PasswordResetToken(email, value, Instant.now().plus(TOKEN_TTL));
        tokens.save(token);

        var mail = new SimpleMailMessage();
        mail.setTo(email);
        mail.setSubject("Reset your password");
        mail.setText("""
                Someone asked to reset the password of this account.
                Use the link below within %d minutes, or ignore this mail.

                %s%s%s
                """.formatted(TOKEN_TTL.toMinutes(), publicBaseUrl, RESET_PATH, value));
        mailSender.send(mail);
        AUDIT.info("reset token issued for {}", email);
    }
}
