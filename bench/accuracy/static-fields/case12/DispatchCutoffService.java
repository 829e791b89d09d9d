// Same-day dispatch: whether an order placed at a given time still leaves the warehouse today.
package staticfields.case12;

import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

import org.springframework.stereotype.Service;

@Service
public class DispatchCutoffService {

    private static final TimeZone WAREHOUSE_ZONE = TimeZone.getTimeZone("Europe/Berlin");
    private static final int CUTOFF_HOUR = 14;
    private static final Calendar CUTOFF = Calendar.getInstance(WAREHOUSE_ZONE); // static

    public boolean sameDayDispatch(Date orderedAt) {
        CUTOFF.setTime(orderedAt);
        CUTOFF.set(Calendar.HOUR_OF_DAY, CUTOFF_HOUR);
        CUTOFF.set(Calendar.MINUTE, 0);
        CUTOFF.set(Calendar.SECOND, 0);
        CUTOFF.set(Calendar.MILLISECOND, 0);
        return orderedAt.before(CUTOFF.getTime());
    }
}
