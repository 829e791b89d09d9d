// A slug normalizer that compares Character values with char literals and primitive chars, and switches over a boxed Integer status instead of using ==.
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
class SlugNormalizer {

    private final Map<String, Character> separators = Map.of("blog", '-', "docs", '_');

    public String normalize(String section, String title) {
        Character separator = separators.getOrDefault(section, '-');
        StringBuilder slug = new StringBuilder();
        for (char c : title.toLowerCase().toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                slug.append(c);
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != separator) {
                slug.append(separator);
            }
        }
        return slug.toString();
    }

    public boolean usesDash(String section) {
        Character separator = separators.get(section);
        return separator != null && separator == '-';
    }

    public boolean isSeparator(char c, String section) {
        return Character.valueOf(c) == separators.get(section).charValue();
    }

    public String describe(Integer httpStatus) {
        return switch (httpStatus) {
            case 200 -> "ok";
            case 404 -> "missing";
            default -> "error";
        };
    }
}
