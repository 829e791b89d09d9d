package com.acme.audit.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class AuditQueryService {

    private final JdbcTemplate jdbc;

    public AuditQueryService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEntry> entriesSince(String accountId, Instant since) {
        return jdbc.query(
                "SELECT occurred_at, actor, action FROM audit_entry WHERE account_id = ? AND occurred_at >= ? ORDER BY occurred_at DESC",
                (rs, i) -> new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)),
                accountId, Timestamp.from(since));
    }
}
