package streq.case12;

import java.text.Normalizer;
import java.util.Locale;
import org.springframework.stereotype.Service;

@Service
public class SlugService {

    private CharSequence lastTitle;
    private String lastSlug;

    public synchronized String slugify(CharSequence title) {
        if (title == lastTitle && lastSlug != null) {
            return lastSlug;
        }
        String normalized = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z0-9 ]", "")
                .trim()
                .toLowerCase(Locale.ROOT);
        lastTitle = title;
        lastSlug = normalized.replace(' ', '-');
        return lastSlug;
    }
}
