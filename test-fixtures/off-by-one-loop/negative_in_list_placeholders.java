// A repository that builds `?, ` placeholders for an IN list under `i < ids.size() - 1` without reading the ids, then appends the final `?`.
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class OrderLookupDao {

    private final JdbcTemplate jdbcTemplate;

    OrderLookupDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<String> statuses(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT status FROM orders WHERE id IN (");
        for (int i = 0; i < ids.size() - 1; i++) {
            sql.append("?, ");
        }
        sql.append("?)");
        return jdbcTemplate.queryForList(sql.toString(), String.class, ids.toArray());
    }
}
