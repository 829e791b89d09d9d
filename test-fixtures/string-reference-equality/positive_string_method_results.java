// A user-input normalizer that compares results of String methods (trim, toLowerCase, valueOf, join, substring) with ==.
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

@Component
public class UsernameNormalizer {

    private static final String SEP = "/";

    public boolean isReserved(String input) {
        return input.trim() == "root"; // expect: string-reference-equality "`input.trim()`"
    }

    public boolean sameIgnoringCase(String name, String other) {
        return name.toLowerCase(Locale.ROOT) == other.toLowerCase(Locale.ROOT); // expect: string-reference-equality "`name.toLowerCase(Locale.ROOT)`"
    }

    public boolean isOkStatus(int code, String expected) {
        return String.valueOf(code) == expected; // expect: string-reference-equality "`String.valueOf(code)`"
    }

    public boolean isPath(List<String> segments, String path) {
        return String.join(SEP, segments) == path; // expect: string-reference-equality "`String.join(SEP, segments)`"
    }

    public boolean lacksPrefix(String name, String prefix) {
        return name.substring(0, prefix.length()) != prefix; // expect: string-reference-equality "`name.substring(0, prefix.length())`"
    }
}
