package com.ledgerly.billing.reminders;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class DueDateReminderJob {

    private static final Logger log = LoggerFactory.getLogger(DueDateReminderJob.class);

    @PersistenceContext
    private EntityManager em;

    private final ReminderMailer mailer;
    private final Clock clock;

    public DueDateReminderJob(ReminderMailer mailer, Clock clock) {
        this.mailer = mailer;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 7 * * *")
    @Transactional(readOnly = true)
    public void sendReminders() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Invoice> open = em.createQuery(
                        "select i from Invoice i where i.state = :state", Invoice.class)
                .setParameter("state", Invoice.State.SENT)
                .getResultList();
        int sent = 0;
        for (Invoice invoice : open) {
            if (invoice.getDueDate().equals(now)) {
                mailer.sendDueToday(invoice.getCustomerEmail(), invoice.getNumber(),
                        invoice.getAmountDue().toPlainString());
                sent++;
            }
        }
        log.info("Sent {} due-date reminders for {} open invoices", sent, open.size());
    }
}
