// An object-storage key validator that looks for `..` with `key.charAt(i + 1)` under `i < key.length() - 1`.
import org.springframework.stereotype.Component;

@Component
class ObjectKeyValidator {

    private static final int MAX_KEY_LENGTH = 1024;

    public boolean isSafe(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || key.startsWith("/")) {
            return false;
        }
        for (int i = 0; i < key.length() - 1; i++) {
            if (key.charAt(i) == '.' && key.charAt(i + 1) == '.') {
                return false;
            }
        }
        return true;
    }
}
