// `+` concatenation of method parameters into the SQL that a repository passes to JdbcTemplate.
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

class CustomerJdbcRepository {

    record Customer(long id, String email, String name) {}

    private final JdbcTemplate jdbcTemplate;

    CustomerJdbcRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    Optional<Customer> findByEmail(String email) {
        List<Customer> rows = jdbcTemplate.query(  // expect: sql-concatenation "from `email`"
                "SELECT id, email, name FROM customers WHERE email = '" + email + "'", this::mapCustomer);
        return rows.stream().findFirst();
    }

    Optional<Customer> findById(long id) {
        List<Customer> rows = jdbcTemplate.query(
                "SELECT id, email, name FROM customers WHERE id = ?", this::mapCustomer, id);
        return rows.stream().findFirst();
    }

    long countRows(String table) {
        Long count = jdbcTemplate.queryForObject("SELECT count(*) FROM " + table, Long.class);  // expect: sql-concatenation "from `table`"
        return count == null ? 0 : count;
    }

    int deactivate(long customerId) {
        return jdbcTemplate.update("UPDATE customers SET active = false WHERE id = " + customerId);  // expect: sql-concatenation "from `customerId`"
    }

    List<Map<String, Object>> searchByName(String namePrefix, long tenantId) {
        return jdbcTemplate.queryForList("SELECT id, name FROM customers WHERE tenant_id = ? AND name LIKE '"  // expect: sql-concatenation "from `namePrefix`"
                + namePrefix + "%'", tenantId);
    }

    private Customer mapCustomer(ResultSet rs, int rowNum) throws SQLException {
        return new Customer(rs.getLong("id"), rs.getString("email"), rs.getString("name"));
    }
}
