package eval5.case28;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

public class LeadDao {

    private static final String BASE = "SELECT l.id, l.company, l.stage, l.owner_login FROM leads l";

    private final JdbcTemplate jdbcTemplate;

    public LeadDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> find(List<String> conditions, List<Object> args) {
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String sql = BASE + where + " ORDER BY l.updated_at DESC LIMIT 200";
        return jdbcTemplate.queryForList(sql, args.toArray()); // sink
    }
}
