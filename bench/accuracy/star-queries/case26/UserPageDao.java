package stars.case26;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class UserPageDao {

    private final JdbcTemplate jdbcTemplate;

    public UserPageDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> page(int size, int offset) {
        return jdbcTemplate.queryForList(
                "SELECT * FROM (SELECT id, name FROM users ORDER BY id) page LIMIT ? OFFSET ?",
                size, offset);
    }
}
