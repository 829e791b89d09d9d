package com.harborview.batch.jobs;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;

@Component
public class NightlyReconciliationJob {

    private static final String JOB_NAME = "nightly-reconciliation";

    private final JdbcTemplate jdbc;
    private final JobFailureRecorder failures;
    private final Clock clock;

    public NightlyReconciliationJob(JdbcTemplate jdbc, JobFailureRecorder failures, Clock clock) {
        this.jdbc = jdbc;
        this.failures = failures;
        this.clock = clock;
    }

    @Scheduled(cron = "0 30 2 * * *", zone = "Europe/Lisbon")
    public void run() {
        Long executionId = jdbc.queryForObject(
                "INSERT INTO job_executions (job_name, status, started_at) VALUES (?, 'RUNNING', ?) RETURNING id",
                Long.class, JOB_NAME, Timestamp.from(clock.instant()));
        try {
            jdbc.update("""
                    UPDATE berth_invoices i SET reconciled = true
                    WHERE EXISTS (SELECT 1 FROM bank_transfers t WHERE t.reference = i.reference AND t.amount = i.amount)
                    """);
            jdbc.update("UPDATE job_executions SET status = 'COMPLETED', finished_at = ? WHERE id = ?",
                    Timestamp.from(clock.instant()), executionId);
        } catch (RuntimeException e) {
            failures.recordFailure(JOB_NAME, executionId, e);
        }
    }
}
