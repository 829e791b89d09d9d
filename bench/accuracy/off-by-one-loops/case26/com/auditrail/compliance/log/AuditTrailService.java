package com.auditrail.compliance.log;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class AuditTrailService {

    private final JdbcTemplate jdbcTemplate;

    public AuditTrailService(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    /**
     * The most recent entries touching a resource, newest first.
     */
    public List<AuditEntry> recent(String resource, int limit) {
        List<AuditEntry> entries = jdbcTemplate.query(
                "SELECT sequence, actor, action, resource, created_at FROM audit_log WHERE resource = ? ORDER BY sequence",
                (rs, rowNum) -> new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()),
                resource);
        List<AuditEntry> newestFirst = new ArrayList<>(Math.min(limit, entries.size()));
        for (int i = entries.size() - 1; i >= 0 && newestFirst.size() < limit; i--) {
            newestFirst.add(entries.get(i));
        }
        return newestFirst;
    }
}
