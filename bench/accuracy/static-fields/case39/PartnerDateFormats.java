// Timestamps in the partner feed's format; a new formatter is made for every call.
package staticfields.case39;

import java.text.DateFormat;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

public final class PartnerDateFormats {

    private static final String PARTNER_PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
    private static final TimeZone PARTNER_ZONE = TimeZone.getTimeZone("UTC");

    private PartnerDateFormats() {
    }

    static DateFormat newPartnerFormat() {
        var format = new SimpleDateFormat(PARTNER_PATTERN, Locale.ROOT);
        format.setTimeZone(PARTNER_ZONE);
        format.setLenient(false);
        return format;
    }

    public static String format(Date date) {
        return newPartnerFormat().format(date);
    }

    public static Date parse(String text) throws ParseException {
        return newPartnerFormat().parse(text);
    }
}
