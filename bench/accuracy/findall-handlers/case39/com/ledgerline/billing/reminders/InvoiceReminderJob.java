package com.ledgerline.billing.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class InvoiceReminderJob {

    private static final Logger log = LoggerFactory.getLogger(InvoiceReminderJob.class);

    private final InvoiceRepository invoiceRepository;
    private final Clock clock;

    public InvoiceReminderJob(InvoiceRepository invoiceRepository, Clock clock) {
        this.invoiceRepository = invoiceRepository;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 7 * * MON-FRI")
    public void remindOverdue() {
        LocalDate today = LocalDate.now(clock);
        List<Invoice> overdue = invoiceRepository.findByPaidFalseAndDueDateBefore(today);
        for (Invoice invoice : overdue) {
            invoice.recordReminder(today);
            invoiceRepository.save(invoice);
        }
        log.info("sent {} overdue reminders", overdue.size());
    }
}
