package stars.case06;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class CourierDao {

    private final JdbcTemplate jdbcTemplate;

    public CourierDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<String> idleCouriers() {
        return jdbcTemplate.queryForList(
                "SELECT name FROM couriers c WHERE NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.courier_id = c.id AND d.done = false)",
                String.class);
    }
}
