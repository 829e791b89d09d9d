// Settlement cut-off: 16:30 Frankfurt time on the business day, moved back over bank
// holidays.
package singletons.case10;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

@Singleton
public class SettlementCutoffCalculator {

    private static final ZoneId FRANKFURT = ZoneId.of("Europe/Berlin");

    private final HolidayCalendar holidays;
    private Calendar cutoff = Calendar.getInstance(TimeZone.getTimeZone(FRANKFURT)); // shared

    @Inject
    public SettlementCutoffCalculator(HolidayCalendar holidays) {
        this.holidays = holidays;
    }

    public Date cutoffFor(LocalDate businessDay) {
        LocalDate day = businessDay;
        while (holidays.isBankHoliday(day)) {
            day = day.minusDays(1);
        }
        cutoff.clear();
        cutoff.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 16, 30, 0);
        cutoff.set(Calendar.MILLISECOND, 0);
        return cutoff.getTime();
    }

    public boolean missedCutoff(Date submittedAt, LocalDate businessDay) {
        return submittedAt.after(cutoffFor(businessDay));
    }
}
