package com.chronolog.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class AuditLogReader {

    private final JdbcTemplate jdbc;

    public AuditLogReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEntry> lastHour() {
        Instant since = Instant.now().minus(1, ChronoUnit.HOURS);
        return jdbc.query(
                "select seq, actor_id, action, created_at from audit_log where created_at >= ? order by seq",
                (rs, n) -> new AuditEntry(rs.getLong("seq"), rs.getLong("actor_id"), rs.getString("action"),
                        rs.getTimestamp("created_at").toInstant()),
                Timestamp.from(since));
    }
}
