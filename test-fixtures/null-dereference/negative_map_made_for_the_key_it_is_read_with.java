// A map made for the client's locale and its parents, read along that same chain: what the map holds is the answer for those keys, so the lookups are not missing.
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.springframework.web.bind.annotation.RequestParam;

class MessageBundles {

    Map<Locale, Properties> textsFor(String realm, Locale locale) {
        Map<Locale, Properties> texts = new HashMap<>();
        for (Locale current = locale; current != null; current = parent(current)) {
            texts.put(current, new Properties());
        }
        return texts;
    }

    int keyCount(String realm, @RequestParam Locale locale) {
        Map<Locale, Properties> texts = textsFor(realm, locale);
        int count = 0;
        for (Locale current = locale; current != null; current = parent(current)) {
            count += texts.get(current).size();
        }
        return count;
    }

    private static Locale parent(Locale locale) {
        return locale.getCountry().isEmpty() ? null : new Locale(locale.getLanguage());
    }
}
