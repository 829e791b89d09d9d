package concat.case13;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class SubscriberRepository {
    private static final String SCHEMA = "billing";
    private static final int PAGE_SIZE = 100;

    private final JdbcTemplate jdbcTemplate;

    public SubscriberRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<String> firstPageOfEmails(String plan) {
        String sql = String.format("SELECT email FROM %s.subscribers WHERE plan = ? ORDER BY id LIMIT %d", SCHEMA, PAGE_SIZE);
        return jdbcTemplate.queryForList(sql, String.class, plan); // sink
    }
}
