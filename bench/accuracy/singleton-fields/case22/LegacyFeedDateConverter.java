// Dates of the legacy partner feed ("2024-03-01T10:15:30.000+0100"), converted to and
// from Instants for the importers.
package singletons.case22;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class LegacyFeedDateConverter {

    private final SimpleDateFormat feedFormat = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT); // shared

    public LegacyFeedDateConverter(@Value("${partner-feed.zone:Europe/Berlin}") String zone) {
        feedFormat.setTimeZone(TimeZone.getTimeZone(zone));
        feedFormat.setLenient(false);
    }

    public Instant parse(String text) {
        try {
            return feedFormat.parse(text).toInstant();
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a feed date: " + text, e);
        }
    }

    public String format(Instant instant) {
        return feedFormat.format(Date.from(instant));
    }
}
