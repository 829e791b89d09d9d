// A session cache that compares string concatenations with == (parenthesized on the left and unparenthesized on the right).
import org.springframework.stereotype.Component;

@Component
public class SessionKeyCache {

    private final String prefix = "session:";
    private String lastKey;

    public boolean isLastKey(String userId) {
        return (prefix + userId) == lastKey; // expect: string-reference-equality "`(prefix + userId)`"
    }

    public boolean isSameKey(String userId) {
        return lastKey == prefix + userId; // expect: string-reference-equality "`lastKey`"
    }

    public boolean isNumericKey(int userId) {
        return lastKey != prefix + userId; // expect: string-reference-equality "`lastKey`"
    }

    public void remember(String userId) {
        lastKey = prefix + userId;
    }
}
