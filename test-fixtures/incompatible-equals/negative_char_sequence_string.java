// A slug validator that compares Strings with CharSequence values and a Set<CharSequence> (a CharSequence may be a String).
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

@Component
class SlugValidator {

    private final Set<CharSequence> reservedSlugs = Set.of("admin", "api", "login", "static");

    boolean isReserved(String slug) {
        return reservedSlugs.contains(slug.toLowerCase());
    }

    boolean isHome(CharSequence input) {
        return "home".equals(input);
    }

    boolean sameSlug(CharSequence candidate, String existing) {
        return candidate.equals(existing);
    }

    boolean unchanged(String before, CharSequence after) {
        return Objects.equals(before, after);
    }

    boolean sameText(String stored, StringBuilder edited) {
        return stored.contentEquals(edited);
    }
}
