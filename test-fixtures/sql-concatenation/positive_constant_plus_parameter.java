// Constant SQL (same class, Sql and PaymentSql from other fixture files) extended with a parameter: one non-constant part is enough.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class UserAdminDao {

    private static final String ACTIVE_USERS = "SELECT id, email FROM users WHERE active = true";

    private final JdbcTemplate jdbcTemplate;

    UserAdminDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> activeUsers(String sort) {
        return jdbcTemplate.queryForList(ACTIVE_USERS + " ORDER BY " + sort);  // expect: sql-concatenation "from `sort`"
    }

    List<Map<String, Object>> usersSortedBy(String sort) {
        return jdbcTemplate.queryForList(Sql.USER_BASE + " ORDER BY " + sort);  // expect: sql-concatenation "from `sort`"
    }

    List<Map<String, Object>> paymentsWhere(String condition) {
        String sql = PaymentSql.BASE + " WHERE " + condition;
        return jdbcTemplate.queryForList(sql);  // expect: sql-concatenation "from `sql`"
    }

    List<Map<String, Object>> ordersOf(long customerId, String status) {
        return jdbcTemplate.queryForList(Sql.Orders.BY_CUSTOMER + " AND status = '" + status + "'", customerId);  // expect: sql-concatenation "from `status`"
    }
}
