package concat.case29;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class CustomerSearchDao {
    private static final RowMapper<Customer> MAPPER = (rs, i) -> new Customer(
            rs.getLong("id"), rs.getString("name"), rs.getString("email"), rs.getString("country"));

    private final JdbcTemplate jdbcTemplate;

    public CustomerSearchDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Customer> search(CustomerFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT id, name, email, country FROM customers WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.country() != null) {
            sql.append(" AND country = ?");
            args.add(filter.country());
        }
        if (filter.namePrefix() != null && !filter.namePrefix().isBlank()) {
            sql.append(" AND name LIKE ?");
            args.add(filter.namePrefix() + "%");
        }
        if (filter.createdAfter() != null) {
            sql.append(" AND created_at >= ?");
            args.add(Timestamp.from(filter.createdAfter()));
        }
        sql.append(" ORDER BY name LIMIT 200");
        return jdbcTemplate.query(sql.toString(), MAPPER, args.toArray()); // sink
    }

    public record Customer(long id, String name, String email, String country) {
    }
}
