package streq.case19;

import java.text.Normalizer;
import java.util.Locale;
import org.springframework.stereotype.Service;

@Service
public class SlugService {

    private final String reservedSlug = "admin";

    public String slugify(String title) {
        String normalized = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z0-9 ]", "")
                .trim()
                .toLowerCase(Locale.ROOT);
        String slug = normalized.replace(' ', '-');
        if (slug == reservedSlug) {
            throw new IllegalArgumentException("reserved slug");
        }
        return slug;
    }
}
