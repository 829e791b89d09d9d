package streq.case27;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

@Service
public class LocalePreferenceService {

    private static final String DEFAULT_LOCALE = "en-US";

    private final Map<String, Optional<String>> lastLocaleBySession = new ConcurrentHashMap<>();

    public boolean localeChanged(UserSession session, String requestedLocale) {
        Optional<String> current = session.locale();
        Optional<String> previous = lastLocaleBySession.put(session.id(), current);
        if (previous == current) {
            return false;
        }
        return !current.orElse(DEFAULT_LOCALE).equals(requestedLocale);
    }
}
