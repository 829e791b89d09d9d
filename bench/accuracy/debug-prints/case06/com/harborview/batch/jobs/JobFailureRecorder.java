package com.harborview.batch.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Timestamp;
import java.time.Clock;

@Component
public class JobFailureRecorder {

    private static final Logger log = LoggerFactory.getLogger(JobFailureRecorder.class);
    private static final int MAX_TRACE_LENGTH = 8000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JobFailureRecorder(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void recordFailure(String jobName, long executionId, Throwable failure) {
        var trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String text = trace.toString();
        if (text.length() > MAX_TRACE_LENGTH) {
            text = text.substring(0, MAX_TRACE_LENGTH);
        }
        int updated = jdbc.update(
                "UPDATE job_executions SET status = 'FAILED', error_message = ?, stack_trace = ?, finished_at = ? WHERE id = ?",
                failure.getMessage(), text, Timestamp.from(clock.instant()), executionId);
        if (updated == 0) {
            log.warn("Job {} execution {} not found while recording its failure", jobName, executionId, failure);
        }
    }
}
