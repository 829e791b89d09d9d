// StringBuilder that appends parameters (dynamic filters, a rename, an IN list) and is passed on as toString() or via `+`.
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class EmployeeDirectoryDao {

    record Employee(long id, String name, String department) {}

    private final JdbcTemplate jdbcTemplate;

    EmployeeDirectoryDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Employee> search(String department, String nameLike, String sort) {
        StringBuilder sql = new StringBuilder("SELECT id, name, department FROM employees WHERE 1 = 1");
        if (department != null) {
            sql.append(" AND department = '").append(department).append('\'');
        }
        if (nameLike != null) {
            sql.append(" AND name LIKE '%").append(nameLike).append("%'");
        }
        sql.append(" ORDER BY ").append(sort);
        return jdbcTemplate.query(sql.toString(), this::mapEmployee);  // expect: sql-concatenation "from `sql`"
    }

    int rename(long id, String newName) {
        String sql = new StringBuilder()
                .append("UPDATE employees SET name = '")
                .append(newName)
                .append("' WHERE id = ")
                .append(id)
                .toString();
        return jdbcTemplate.update(sql);  // expect: sql-concatenation "from `sql`"
    }

    List<Map<String, Object>> inDepartments(List<String> departments) {
        StringBuilder in = new StringBuilder();
        for (String department : departments) {
            if (in.length() > 0) {
                in.append(", ");
            }
            in.append('\'').append(department).append('\'');
        }
        return jdbcTemplate.queryForList("SELECT id, name FROM employees WHERE department IN (" + in + ")");  // expect: sql-concatenation "from `in`"
    }

    private Employee mapEmployee(ResultSet rs, int rowNum) throws SQLException {
        return new Employee(rs.getLong("id"), rs.getString("name"), rs.getString("department"));
    }
}
