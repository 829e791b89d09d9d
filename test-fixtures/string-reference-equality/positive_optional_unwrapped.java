// A profile service that unwraps Optional<String> values and then compares the resulting Strings with ==.
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
public class ProfileDisplayService {

    private static final String ANONYMOUS = "anonymous";

    public boolean isAnonymous(Optional<String> nickname) {
        return nickname.orElse(ANONYMOUS) == ANONYMOUS; // expect: string-reference-equality "`nickname.orElse(ANONYMOUS)`"
    }

    public boolean sameNickname(Optional<String> current, String requested) {
        if (current.isEmpty()) {
            return false;
        }
        return current.get() == requested; // expect: string-reference-equality "`current.get()`"
    }

    public boolean changedTimezone(Optional<String> stored, String incoming) {
        var zone = stored.map(String::trim).orElseGet(() -> "UTC");
        return zone != incoming; // expect: string-reference-equality "`zone`"
    }

    public boolean sameOptional(Optional<String> a, Optional<String> b) {
        return a == b;
    }
}
