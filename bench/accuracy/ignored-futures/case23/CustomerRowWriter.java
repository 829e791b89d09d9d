// Batch insert of legacy customer rows.
package ignoredfutures.case23;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class CustomerRowWriter {

    private final JdbcTemplate jdbcTemplate;

    public CustomerRowWriter(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public int insert(List<LegacyCustomer> chunk) {
        int[] counts = jdbcTemplate.batchUpdate(
                "INSERT INTO customers (legacy_id, name, email) VALUES (?, ?, ?)",
                chunk.stream().map(c -> new Object[] {c.legacyId(), c.name(), c.email()}).toList());
        int total = 0;
        for (int count : counts) {
            total += Math.max(count, 0);
        }
        return total;
    }

    public record LegacyCustomer(String legacyId, String name, String email) {
    }
}
