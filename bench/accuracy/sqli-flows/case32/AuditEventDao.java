package eval5.case32;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class AuditEventDao {

    private static final RowMapper<AuditEvent> ROW = (rs, n) -> new AuditEvent(
            rs.getTimestamp("occurred_at").toInstant(),
            rs.getString("actor"),
            rs.getString("action"),
            rs.getString("ip_address"));

    private final JdbcTemplate jdbcTemplate;

    public AuditEventDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<AuditEvent> findEvents(String table, String actor) {
        String sql = "SELECT occurred_at, actor, action, ip_address FROM " + table
                + " WHERE actor = ? ORDER BY occurred_at DESC LIMIT 500";
        return jdbcTemplate.query(sql, ROW, actor); // sink
    }

    public record AuditEvent(Instant occurredAt, String actor, String action, String ipAddress) {
    }
}
