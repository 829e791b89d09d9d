package concat.case35;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class OutboxPoller {
    private static final int MAX_ROWS = 500;

    private final JdbcTemplate jdbcTemplate;

    public OutboxPoller(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> nextBatch() {
        return jdbcTemplate.queryForList("SELECT id, event_type, payload FROM outbox_events WHERE published = false ORDER BY id LIMIT " + MAX_ROWS); // sink
    }

    public void markPublished(long id) {
        jdbcTemplate.update("UPDATE outbox_events SET published = true WHERE id = ?", id);
    }
}
