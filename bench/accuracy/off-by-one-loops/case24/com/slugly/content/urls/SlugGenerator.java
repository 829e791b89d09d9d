package com.slugly.content.urls;

import java.text.Normalizer;
import java.util.Locale;
import org.springframework.stereotype.Component;

@Component
public class SlugGenerator {

    private static final int MAX_SLUG_LENGTH = 80;

    public String slugify(String title) {
        String input = Normalizer.normalize(title.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        boolean pendingDash = false;
        int end = input.length() - 1;
        int pos = 0;
        while (pos < end) {
            char c = input.charAt(pos);
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
        return slug.length() > MAX_SLUG_LENGTH ? slug.substring(0, MAX_SLUG_LENGTH) : slug.toString();
    }
}
