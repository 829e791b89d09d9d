package concat.case33;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

public class NotificationDao {
    private final JdbcTemplate jdbcTemplate;

    public NotificationDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public int markRead(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        String sql = "UPDATE notifications SET read_at = now() WHERE id IN (";
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                sql += ",";
            }
            sql += ids.get(i);
        }
        sql += ")";
        return jdbcTemplate.update(sql); // sink
    }
}
