// TARGET2 bank holiday calendar, loaded from the reference data service.
package singletons.case10;

import java.time.LocalDate;

public interface HolidayCalendar {

    boolean isBankHoliday(LocalDate day);
}
