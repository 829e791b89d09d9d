// A password policy validator whose password/token-named constants are user messages, i18n message keys and a regular expression.
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

@Component
public class PasswordPolicyValidator {

    public static final String INVALID_PASSWORD_MESSAGE = "Invalid password";
    public static final String PASSWORD_MISMATCH_MESSAGE = "Passwords do not match, please try again.";
    public static final String TOKEN_EXPIRED_MESSAGE = "Your session token has expired. Please sign in again.";
    static final String PASSWORD_TOO_SHORT = "password.too.short";
    static final String PASSWORD_NEEDS_DIGIT = "validation.password.digit-required";
    static final String API_KEY_REVOKED = "error.api-key.revoked";
    private static final String PASSWORD_REGEX = "^(?=.*[0-9])(?=.*[a-z])(?=.*[A-Z])(?=.*[@#$%^&+=!]).{12,128}$";
    private static final Pattern PASSWORD_PATTERN = Pattern.compile(PASSWORD_REGEX);
    private static final int PASSWORD_MIN_LENGTH = 12;

    public List<String> validate(String password, String confirmation) {
        List<String> errors = new ArrayList<>();
        if (password == null || password.length() < PASSWORD_MIN_LENGTH) {
            errors.add(PASSWORD_TOO_SHORT);
        }
        if (password != null && password.chars().noneMatch(Character::isDigit)) {
            errors.add(PASSWORD_NEEDS_DIGIT);
        }
        if (password != null && !PASSWORD_PATTERN.matcher(password).matches()) {
            errors.add(INVALID_PASSWORD_MESSAGE);
        }
        if (password != null && !password.equals(confirmation)) {
            errors.add(PASSWORD_MISMATCH_MESSAGE);
        }
        return errors;
    }

    public String revokedKeyMessage() {
        return API_KEY_REVOKED;
    }
}
