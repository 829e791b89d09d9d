// A slug builder that scans a title in `while (pos < end)` with `int end = title.length() - 1`, dropping the title's last character.
import java.util.Locale;
import org.springframework.stereotype.Component;

@Component
class SlugBuilder {

    public String slugify(String title) {
        StringBuilder slug = new StringBuilder();
        int end = title.length() - 1;
        int pos = 0;
        boolean pendingDash = false;
        while (pos < end) { // expect: off-by-one-loop "last element"
            char c = Character.toLowerCase(title.charAt(pos));
            if (Character.isLetterOrDigit(c)) {
                if (pendingDash && !slug.isEmpty()) {
                    slug.append('-');
                }
                slug.append(c);
                pendingDash = false;
            } else {
                pendingDash = true;
            }
            pos++;
        }
        return slug.toString().toLowerCase(Locale.ROOT);
    }
}
