// A JdbcTemplate batch writer whose bound is a local `int n = batch.size() - 1`, so the last row of every batch is never inserted.
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class AuditRowWriter {

    private static final int BATCH_SIZE = 500;

    record AuditRow(String actor, String action, Instant at) {
    }

    private final JdbcTemplate jdbcTemplate;

    AuditRowWriter(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Transactional
    public void writeAll(List<AuditRow> rows) {
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            List<AuditRow> batch = rows.subList(from, Math.min(from + BATCH_SIZE, rows.size()));
            writeBatch(batch);
        }
    }

    private void writeBatch(List<AuditRow> batch) {
        int n = batch.size() - 1;
        for (int i = 0; i < n; i++) { // expect: off-by-one-loop "last element"
            AuditRow row = batch.get(i);
            jdbcTemplate.update(
                    "INSERT INTO audit_log (actor, action, created_at) VALUES (?, ?, ?)",
                    row.actor(), row.action(), Timestamp.from(row.at()));
        }
    }
}
