package stars.case39;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class AuditTrailService {

    private final JdbcTemplate jdbcTemplate;

    public AuditTrailService(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public void recordBulkSelection(String user, int count) {
        String description = "user chose select * items in the product grid (" + count + " rows)";
        jdbcTemplate.update(
                "INSERT INTO audit_trail (actor, description) VALUES (?, ?)", user, description);
    }
}
