// Thread-safe date formatting: static DateTimeFormatters (constants, ofPattern, a DateTimeFormatterBuilder chain), a ThreadLocal of SimpleDateFormat, commons-lang3 FastDateFormat, and SimpleDateFormats made per call as locals.
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Date;
import java.util.Locale;
import org.apache.commons.lang3.time.FastDateFormat;
import org.springframework.stereotype.Service;

@Service
class StatementFormatter {

    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter STATEMENT_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);
    private static final DateTimeFormatter BANK_TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyyMMdd")
            .optionalStart()
            .appendPattern("HHmmss")
            .optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .toFormatter();

    String line(LocalDate bookedOn, String text) {
        return STATEMENT_DAY.format(bookedOn) + " " + text;
    }

    LocalDate parseDay(String text) {
        return LocalDate.parse(text, ISO_DAY);
    }

    LocalDateTime parseBankTimestamp(String text) {
        return LocalDateTime.parse(text, BANK_TIMESTAMP);
    }
}

final class LegacyDateSupport {

    private static final String LEGACY_PATTERN = "yyyy-MM-dd'T'HH:mm:ss";
    private static final ThreadLocal<SimpleDateFormat> LEGACY =
            ThreadLocal.withInitial(() -> new SimpleDateFormat(LEGACY_PATTERN));
    private static final FastDateFormat LOG_STAMP = FastDateFormat.getInstance("yyyy-MM-dd HH:mm:ss.SSS");

    private LegacyDateSupport() {
    }

    static String legacy(Date date) {
        return LEGACY.get().format(date);
    }

    static String stamp(Date date) {
        return LOG_STAMP.format(date);
    }

    static String rfc1123(Date date) {
        SimpleDateFormat format = new SimpleDateFormat("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.US);
        return format.format(date);
    }

    static String day(Date date) {
        return new SimpleDateFormat("yyyy-MM-dd").format(date);
    }
}
