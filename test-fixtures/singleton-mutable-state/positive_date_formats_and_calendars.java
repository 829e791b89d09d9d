// SimpleDateFormat.format/parse (the field declared as SimpleDateFormat or as DateFormat) and Calendar.set on non-final singleton fields: both keep per-call state in the object, so concurrent requests garble each other's dates.
import java.text.DateFormat;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

@Component
class InvoiceDateFormatter {

    private SimpleDateFormat display = new SimpleDateFormat("dd MMM yyyy", Locale.UK);  // expect: singleton-mutable-state "`display`"
    private DateFormat wire = new SimpleDateFormat("yyyyMMdd");  // expect: singleton-mutable-state "`wire`"

    String forDisplay(Date issuedOn) {
        return display.format(issuedOn);
    }

    Date fromWire(String text) throws ParseException {
        return wire.parse(text);
    }
}

@Service
class BillingCycleService {

    private Calendar cursor = Calendar.getInstance(TimeZone.getTimeZone("UTC"));  // expect: singleton-mutable-state "`cursor`"

    Date cycleStart(Date anyDay) {
        cursor.setTime(anyDay);
        cursor.set(Calendar.DAY_OF_MONTH, 1);
        cursor.set(Calendar.HOUR_OF_DAY, 0);
        cursor.set(Calendar.MINUTE, 0);
        return cursor.getTime();
    }
}
