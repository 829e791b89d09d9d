package stars.case42;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the audit log. Replaces the old {@code SELECT * FROM audit_log} report,
 * which returned the raw payload column as well.
 */
@Repository
public class AuditLogDao {

    private final JdbcTemplate jdbcTemplate;

    public AuditLogDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Like {@code select * from audit_log where actor = ?}, minus the payload. */
    public List<Map<String, Object>> byActor(String actor) {
        return jdbcTemplate.queryForList(
                "SELECT id, actor, action, created_at FROM audit_log WHERE actor = ?", actor);
    }
}
