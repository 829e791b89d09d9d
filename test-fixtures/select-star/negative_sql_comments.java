// SELECT * that only appears inside SQL comments (-- and /* */) within the query text.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class NotificationDao {

    private static final String UNREAD = """
            -- SELECT * FROM notifications  (old query: the mapper now reads only these columns)
            SELECT id, user_id, kind, created_at
            FROM notifications
            WHERE user_id = ?
              AND read_at IS NULL
            """;

    private final JdbcTemplate jdbcTemplate;

    NotificationDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> unread(long userId) {
        return jdbcTemplate.queryForList(UNREAD, userId);
    }

    Map<String, Object> byId(long id) {
        return jdbcTemplate.queryForMap("/* SELECT * */ SELECT id, kind, payload FROM notifications WHERE id = ?", id);
    }

    List<Map<String, Object>> digest(long userId) {
        return jdbcTemplate.queryForList("""
                SELECT id,
                       kind  /* was: select n.* from notifications n */
                FROM notifications
                WHERE user_id = ?
                """, userId);
    }
}
