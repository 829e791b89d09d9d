// Overdue invoice queries, the reminder mailer and the back-office trigger of the reminder job.
package checkthenact.case37;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@Component
public class OverdueInvoiceQueries {

    private final JdbcClient jdbc;

    public OverdueInvoiceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OverdueInvoice> overdueOn(LocalDate day) {
        return jdbc.sql("""
                SELECT id, customer_email, amount_due, due_date
                FROM invoice
                WHERE paid_at IS NULL AND due_date < ?
                """)
                .param(day)
                .query(OverdueInvoice.class)
                .list();
    }

    public record OverdueInvoice(long id, String customerEmail, BigDecimal amountDue, LocalDate dueDate) {
    }
}

interface ReminderMailer {

    void sendReminder(OverdueInvoiceQueries.OverdueInvoice invoice);
}

@RestController
class ReminderTriggerController {

    private final OverdueInvoiceReminderJob job;

    ReminderTriggerController(OverdueInvoiceReminderJob job) {
        this.job = job;
    }

    @PostMapping("/backoffice/reminders/run")
    void runNow() {
        job.run();
    }
}
