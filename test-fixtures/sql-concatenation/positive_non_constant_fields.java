// Fields whose value is only known at run time: non-final fields set by setters, a final field set from a constructor argument.
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class AuditTrailWriter {

    private final JdbcTemplate jdbcTemplate;
    private String tableName = "audit_events";
    private String validationQuery = "SELECT 1";

    AuditTrailWriter(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    void setTableName(String tableName) {
        this.tableName = tableName;
    }

    void setValidationQuery(String validationQuery) {
        this.validationQuery = validationQuery;
    }

    void record(String actor, String action) {
        jdbcTemplate.update("INSERT INTO " + tableName + " (actor, action, occurred_at) VALUES (?, ?, now())", actor, action);  // expect: sql-concatenation "from `tableName`"
    }

    int purgeBefore(Instant cutoff) {
        return jdbcTemplate.update("DELETE FROM " + tableName + " WHERE occurred_at < ?", Timestamp.from(cutoff));  // expect: sql-concatenation "from `tableName`"
    }

    void checkConnection() {
        jdbcTemplate.execute(validationQuery);  // expect: sql-concatenation "from `validationQuery`"
    }
}

class TenantSchemaDao {

    private final JdbcTemplate jdbcTemplate;
    private final String schema;

    TenantSchemaDao(JdbcTemplate jdbcTemplate, String schema) {
        this.jdbcTemplate = jdbcTemplate;
        this.schema = schema;
    }

    List<Map<String, Object>> users() {
        return jdbcTemplate.queryForList("SELECT id, email FROM " + schema + ".users ORDER BY id");  // expect: sql-concatenation "from `schema`"
    }
}
