// A submitted weekly timesheet, and its repository.
package checkthenact.case32;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.springframework.data.jpa.repository.JpaRepository;

@Entity
public class Timesheet {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Column(name = "week_start", nullable = false)
    private LocalDate weekStart;

    @Column(name = "minutes_worked")
    private int minutesWorked;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected Timesheet() {
    }

    public Timesheet(long employeeId, LocalDate weekStart, int minutesWorked, Instant submittedAt) {
        this.employeeId = employeeId;
        this.weekStart = weekStart;
        this.minutesWorked = minutesWorked;
        this.submittedAt = submittedAt;
    }

    public Long getId() { return id; }
    public long getEmployeeId() { return employeeId; }
    public LocalDate getWeekStart() { return weekStart; }
    public int getMinutesWorked() { return minutesWorked; }
    public Instant getSubmittedAt() { return submittedAt; }
}

interface TimesheetRepository extends JpaRepository<Timesheet, Long> {

    Optional<Timesheet> findByEmployeeIdAndWeekStart(long employeeId, LocalDate weekStart);
}
