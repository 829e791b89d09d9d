// Static concurrent map and set fields checked then written on request paths: a static ConcurrentHashMap registry, a static Map initialised with new ConcurrentHashMap<>() read into a local, and a static newKeySet set with the early-return form.
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

final class DateFormats {

    private static final ConcurrentHashMap<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private DateFormats() {
    }

    static DateTimeFormatter forPattern(String pattern, Locale locale) {
        String key = pattern + "|" + locale.toLanguageTag();
        if (!FORMATTERS.containsKey(key)) { // expect: check-then-act "`FORMATTERS`"
            FORMATTERS.put(key, DateTimeFormatter.ofPattern(pattern, locale));
        }
        return FORMATTERS.get(key);
    }
}

@Component
class TimeZoneResolver {

    private static final Map<String, ZoneId> zonesByCountry = new ConcurrentHashMap<>();

    ZoneId zoneFor(String countryCode) {
        ZoneId zone = zonesByCountry.get(countryCode);
        if (zone == null) { // expect: check-then-act "`zonesByCountry`"
            zone = switch (countryCode) {
                case "DE", "FR", "IT" -> ZoneId.of("Europe/Berlin");
                case "GB" -> ZoneId.of("Europe/London");
                default -> ZoneId.of("UTC");
            };
            zonesByCountry.put(countryCode, zone);
        }
        return zone;
    }
}

@Component
class DeprecationWarnings {

    private static final Logger log = LoggerFactory.getLogger(DeprecationWarnings.class);
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    static void warnOnce(String endpoint, String replacement) {
        if (WARNED.contains(endpoint)) { // expect: check-then-act "`WARNED`"
            return;
        }
        WARNED.add(endpoint);
        log.warn("""
                endpoint {} is deprecated; \
                use {} instead""", endpoint, replacement);
    }
}
