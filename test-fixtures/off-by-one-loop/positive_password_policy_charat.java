// A password policy that counts character classes with `i < password.length() - 1` and `charAt(i)`, never looking at the last character.
import org.springframework.stereotype.Component;

record PasswordStrength(int upper, int digits, int symbols) {
}

@Component
class PasswordPolicy {

    private static final int MIN_LENGTH = 12;

    public PasswordStrength evaluate(String password) {
        int upper = 0;
        int digits = 0;
        int symbols = 0;
        for (int i = 0; i < password.length() - 1; i++) { // expect: off-by-one-loop "last element"
            char c = password.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isDigit(c)) {
                digits++;
            } else if (!Character.isLetterOrDigit(c)) {
                symbols++;
            }
        }
        return new PasswordStrength(upper, digits, symbols);
    }

    public boolean acceptable(String password) {
        PasswordStrength strength = evaluate(password);
        return password.length() >= MIN_LENGTH
                && strength.upper() > 0
                && strength.digits() > 0
                && strength.symbols() > 0;
    }
}
