package stars.case27;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class AccountHistoryDao {

    private static final String LATEST =
            "SELECT id, email, created_at FROM accounts ORDER BY created_at DESC";

    private final JdbcTemplate jdbcTemplate;

    public AccountHistoryDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> latest(int max) {
        return jdbcTemplate.queryForList(
                "SELECT * FROM (" + LATEST + ") WHERE ROWNUM <= ?", max);
    }
}
