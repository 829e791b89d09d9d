// SELECT * or SELECT 1 inside EXISTS / NOT EXISTS, where the outer statement names its columns or selects none.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class CustomerActivityDao {

    private final JdbcTemplate jdbcTemplate;

    CustomerActivityDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> usersWithOrders() {
        return jdbcTemplate.queryForList(
                "SELECT u.id, u.email FROM users u WHERE EXISTS (SELECT * FROM orders o WHERE o.user_id = u.id)");
    }

    List<Map<String, Object>> customersWithUnpaidInvoices() {
        return jdbcTemplate.queryForList("""
                SELECT c.id, c.name
                FROM customers c
                WHERE NOT EXISTS(SELECT * FROM invoices i WHERE i.customer_id = c.id AND i.paid_at IS NOT NULL)
                """);
    }

    List<Long> productsInStock() {
        return jdbcTemplate.queryForList(
                "select p.id from products p where exists (select 1 from stock s where s.product_id = p.id and s.qty > 0)",
                Long.class);
    }

    boolean emailTaken(String email) {
        return Boolean.TRUE.equals(jdbcTemplate.queryForObject(
                "SELECT EXISTS (SELECT * FROM users WHERE lower(email) = lower(?))", Boolean.class, email));
    }

    int purgeOrphanSessions() {
        return jdbcTemplate.update(
                "DELETE FROM login_sessions s WHERE NOT EXISTS (SELECT * FROM users u WHERE u.id = s.user_id)");
    }
}
