package streq.case05;

import java.util.Locale;
import org.springframework.stereotype.Service;

@Service
public class EmailDeduplicationService {

    public boolean sameMailbox(String first, String second) {
        if (first == null || second == null) {
            return false;
        }
        return canonical(first).equals(canonical(second));
    }

    private String canonical(String email) {
        String lower = email.trim().toLowerCase(Locale.ROOT);
        int at = lower.indexOf('@');
        if (at < 0) {
            return lower;
        }
        String local = lower.substring(0, at);
        int plus = local.indexOf('+');
        return (plus >= 0 ? local.substring(0, plus) : local) + lower.substring(at);
    }
}
