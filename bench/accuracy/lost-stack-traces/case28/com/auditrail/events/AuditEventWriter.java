package com.auditrail.events;

import java.sql.Timestamp;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.auditrail.logging.Loggers;

@Component
public class AuditEventWriter {

    private static final String INSERT = """
            INSERT INTO audit_log (id, actor, action, target, occurred_at)
            VALUES (?, ?, ?, ?, ?)
            """;

    private final JdbcTemplate jdbcTemplate;

    public AuditEventWriter(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @EventListener
    public void on(AuditEvent event) {
        try {
            jdbcTemplate.update(INSERT, event.id(), event.actor(), event.action(), event.target(),
                    Timestamp.from(event.occurredAt()));
        } catch (DataAccessException e) {
            Loggers.AUDIT.warn("Audit write failed for {} ({} by {}): {}", event.id(), event.action(), event.actor(), e.getMessage());
        }
    }
}
