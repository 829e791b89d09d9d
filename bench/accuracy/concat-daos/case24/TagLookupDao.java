package concat.case24;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

public class TagLookupDao {
    private final JdbcTemplate jdbcTemplate;

    public TagLookupDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<String> suggest(String prefix) {
        String sql = "SELECT name FROM tags WHERE name LIKE '".concat(prefix).concat("%' ORDER BY usage_count DESC LIMIT 10");
        return jdbcTemplate.queryForList(sql, String.class); // sink
    }
}
