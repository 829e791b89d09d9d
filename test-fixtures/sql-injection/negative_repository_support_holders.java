// Classes holding JdbcTemplate fields (static, instance, protected) used by other fixture files; their own queries are constant or use bind parameters.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class OrderRepositorySupport {

    static JdbcTemplate JDBC;

    JdbcTemplate jdbc;

    OrderRepositorySupport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static void install(JdbcTemplate template) {
        JDBC = template;
    }

    static List<Map<String, Object>> openOrders() {
        return JDBC.queryForList("SELECT id FROM orders WHERE status = 'OPEN'");
    }

    int archive(long orderId) {
        return jdbc.update("UPDATE orders SET archived = TRUE WHERE id = ?", orderId);
    }

    List<Map<String, Object>> byCustomer(String customerName) {
        return jdbc.queryForList("SELECT id, total_cents FROM orders WHERE customer_name = ?", customerName);
    }
}

abstract class BaseCustomerDao {

    private static final String CUSTOMER_COLUMNS = "id, name, email";

    protected JdbcTemplate jdbcTemplate;

    public void setJdbcTemplate(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    protected Map<String, Object> customerById(long id) {
        return jdbcTemplate.queryForMap("SELECT " + CUSTOMER_COLUMNS + " FROM customers WHERE id = ?", id);
    }

    protected int countCustomers() {
        Integer count = jdbcTemplate.queryForObject("SELECT COUNT(*) FROM customers", Integer.class);
        return count == null ? 0 : count;
    }
}
