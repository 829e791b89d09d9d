// Weekly timesheets: an employee submits one timesheet per week; submitting again for the
// same week returns the one on file.
package checkthenact.case32;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(isolation = Isolation.SERIALIZABLE)
public class TimesheetSubmissionService {

    private final TimesheetRepository timesheets;

    public TimesheetSubmissionService(TimesheetRepository timesheets) {
        this.timesheets = timesheets;
    }

    public Timesheet submit(long employeeId, LocalDate anyDayOfWeek, int minutesWorked) {
        var weekStart = anyDayOfWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var existing = timesheets.findByEmployeeIdAndWeekStart(employeeId, weekStart);
        if (existing.isEmpty()) {
            return timesheets.save(new Timesheet(employeeId, weekStart, minutesWorked, Instant.now()));
        }
        return existing.get();
    }
}
