package eval5.case23;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class EmployeeDirectoryDao {

    private static final String DIRECTORY = """
            SELECT e.id, e.first_name, e.last_name, d.name AS department, e.hired_on
              FROM employees e
              JOIN departments d ON d.id = e.department_id
             WHERE e.left_on IS NULL
            """;

    private final JdbcTemplate jdbcTemplate;

    public EmployeeDirectoryDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Entry> listOrdered(String orderBy) {
        return jdbcTemplate.query(DIRECTORY + " ORDER BY " + orderBy, (rs, n) -> new Entry(rs.getLong("id"), rs.getString("first_name"), rs.getString("last_name"), rs.getString("department"))); // sink
    }

    public record Entry(long id, String firstName, String lastName, String department) {
    }
}
