package concat.case16;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

public class EmployeeExportDao {
    private static final List<String> COLUMNS = List.of("id", "first_name", "last_name", "email", "hired_on");

    private final JdbcTemplate jdbcTemplate;

    public EmployeeExportDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<String> header() {
        return COLUMNS;
    }

    public List<Map<String, Object>> exportDepartment(long departmentId) {
        String sql = "SELECT " + String.join(", ", COLUMNS) + " FROM employees WHERE department_id = ? ORDER BY last_name";
        return jdbcTemplate.queryForList(sql, departmentId); // sink
    }
}
