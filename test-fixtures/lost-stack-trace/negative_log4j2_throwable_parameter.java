// Log4j 2 calls in catch blocks that pass the caught exception as the Throwable parameter, as the trailing placeholder argument, or via catching().
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

record AuditEntry(long id, String actor, String action) {
}

@Repository
class AuditTrailRepository {

    private static final Logger logger = LogManager.getLogger();

    private final JdbcTemplate jdbc;

    AuditTrailRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void append(String actor, String action) {
        try {
            jdbc.update("INSERT INTO audit_trail (actor, action) VALUES (?, ?)", actor, action);
        } catch (DataAccessException e) {
            logger.error("Audit entry for {} could not be written: {}", actor, e.getMessage(), e);
        }
    }

    public List<AuditEntry> recent(int limit) {
        try {
            return jdbc.query("SELECT id, actor, action FROM audit_trail ORDER BY id DESC LIMIT ?",
                    (rs, row) -> new AuditEntry(rs.getLong("id"), rs.getString("actor"), rs.getString("action")), limit);
        } catch (DataAccessException e) {
            logger.warn(() -> "Reading the last " + limit + " audit entries failed", e);
            return List.of();
        }
    }

    public int purgeOlderThan(int days) {
        try {
            return jdbc.update("DELETE FROM audit_trail WHERE created_at < now() - make_interval(days => ?)", days);
        } catch (DataAccessException e) {
            logger.catching(Level.WARN, e);
            return 0;
        }
    }

    public long count() {
        try {
            Long total = jdbc.queryForObject("SELECT count(*) FROM audit_trail", Long.class);
            return total == null ? 0 : total;
        } catch (DataAccessException e) {
            logger.error("Counting audit entries failed", e);
            return -1;
        }
    }
}
