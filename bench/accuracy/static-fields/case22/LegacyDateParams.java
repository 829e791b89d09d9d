// Parsing of the medium-style UK date parameters still sent by old versions of the mobile app.
package staticfields.case22;

import java.text.DateFormat;
import java.text.ParseException;
import java.util.Date;
import java.util.Locale;

public final class LegacyDateParams {

    private static final Locale APP_LOCALE = Locale.UK;
    private static final DateFormat LEGACY_FORMAT = DateFormat.getDateInstance(DateFormat.MEDIUM, APP_LOCALE); // static

    private LegacyDateParams() {
    }

    public static Date parse(String text) {
        try {
            return LEGACY_FORMAT.parse(text.strip());
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad date parameter: " + text, e);
        }
    }
}
