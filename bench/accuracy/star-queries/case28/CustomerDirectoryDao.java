package stars.case28;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class CustomerDirectoryDao {

    private final JdbcTemplate jdbcTemplate;

    public CustomerDirectoryDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> directory(String city) {
        return jdbcTemplate.queryForList("SELECT id, name"
                + " FROM customers"
                + " WHERE city = ?"
                + " ORDER BY name", city);
    }
}
