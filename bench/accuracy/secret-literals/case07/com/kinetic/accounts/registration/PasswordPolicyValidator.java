package com.kinetic.accounts.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

@Component
public class PasswordPolicyValidator {

    public static final String PASSWORD_PARAM = "password";
    public static final String PASSWORD_CONFIRMATION_PARAM = "passwordConfirmation";
    public static final String PASSWORD_TOO_SHORT = "password.too.short";
    public static final String PASSWORD_TOO_WEAK = "password.too.weak";
    public static final String PASSWORD_MISMATCH = "password.mismatch";
    public static final String INVALID_PASSWORD_MESSAGE = "Invalid password";

    private static final String PASSWORD_PATTERN = "^(?=.*[0-9])(?=.*[a-z])(?=.*[A-Z])(?=.*[^A-Za-z0-9]).{12,}$";
    private static final Pattern STRONG_PASSWORD = Pattern.compile(PASSWORD_PATTERN);
    private static final int MIN_LENGTH = 12;

    public List<String> validate(Map<String, String> form) {
        String password = form.getOrDefault(PASSWORD_PARAM, "");
        String confirmation = form.getOrDefault(PASSWORD_CONFIRMATION_PARAM, "");
        List<String> errors = new ArrayList<>();
        if (password.length() < MIN_LENGTH) {
            errors.add(PASSWORD_TOO_SHORT);
        } else if (!STRONG_PASSWORD.matcher(password).matches()) {
            errors.add(PASSWORD_TOO_WEAK);
        }
        if (!password.equals(confirmation)) {
            errors.add(PASSWORD_MISMATCH);
        }
        return errors;
    }
}
