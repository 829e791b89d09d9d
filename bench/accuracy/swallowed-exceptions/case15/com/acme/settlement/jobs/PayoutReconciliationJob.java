package com.acme.settlement.jobs;

import com.acme.settlement.support.ErrorReporter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class PayoutReconciliationJob {

    private final JdbcTemplate jdbc;
    private final ErrorReporter errorReporter;

    public PayoutReconciliationJob(JdbcTemplate jdbc, ErrorReporter errorReporter) {
        this.jdbc = jdbc;
        this.errorReporter = errorReporter;
    }

    @Scheduled(cron = "0 30 3 * * *", zone = "UTC")
    public void reconcile() {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        try {
            int mismatched = jdbc.update("""
                    UPDATE payout p
                       SET status = 'MISMATCH'
                     WHERE p.payout_date = ?
                       AND p.amount_cents <> (SELECT COALESCE(SUM(b.amount_cents), 0)
                                                FROM bank_credit b
                                               WHERE b.payout_id = p.id)""", day);
            jdbc.update("INSERT INTO reconciliation_run (day, mismatches) VALUES (?, ?)", day, mismatched);
        } catch (DataAccessException e) {
            errorReporter.report("Payout reconciliation failed for " + day, e);
        }
    }
}
