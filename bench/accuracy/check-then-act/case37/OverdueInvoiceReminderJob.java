// Payment reminders for overdue invoices: a job runs every hour and accounting can trigger a
// run from the back office; an invoice gets at most one reminder a day.
package checkthenact.case37;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class OverdueInvoiceReminderJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueInvoiceReminderJob.class);

    private final Set<Long> remindedToday = ConcurrentHashMap.newKeySet();
    private final OverdueInvoiceQueries invoices;
    private final ReminderMailer mailer;
    private final Clock clock;

    public OverdueInvoiceReminderJob(OverdueInvoiceQueries invoices, ReminderMailer mailer, Clock clock) {
        this.invoices = invoices;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 * * * *")
    public void run() {
        var today = LocalDate.now(clock);
        var sent = 0;
        for (var invoice : invoices.overdueOn(today)) {
            if (!remindedToday.contains(invoice.id())) { // race
                mailer.sendReminder(invoice);
                remindedToday.add(invoice.id());
                sent++;
            }
        }
        log.info("sent {} payment reminders", sent);
    }

    @Scheduled(cron = "0 0 0 * * *")
    public void newDay() {
        remindedToday.clear();
    }
}
