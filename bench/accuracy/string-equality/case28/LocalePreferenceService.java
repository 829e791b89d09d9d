package streq.case28;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

@Service
public class LocalePreferenceService {

    private static final String DEFAULT_LOCALE = "en-US";

    private final Map<String, Optional<String>> lastLocaleBySession = new ConcurrentHashMap<>();

    public boolean localeChanged(UserSession session, String requestedLocale) {
        String current = session.locale().orElse(DEFAULT_LOCALE);
        lastLocaleBySession.put(session.id(), session.locale());
        return current != requestedLocale;
    }
}
