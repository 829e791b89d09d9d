// The DAO behind positive_callee_sinks_across_files.java: its methods, a private helper and a static helper class write String parameters into SQL, and the service calls each with request data.
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class XfOrderDao {

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbcClient;
    private final DataSource dataSource;

    XfOrderDao(JdbcTemplate jdbcTemplate, JdbcClient jdbcClient, DataSource dataSource) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbcClient = jdbcClient;
        this.dataSource = dataSource;
    }

    List<Map<String, Object>> findByStatus(String status) {
        return jdbcTemplate.queryForList("SELECT id, total_cents FROM orders WHERE status = '" + status + "'");  // expect: sql-injection
    }

    List<Map<String, Object>> findByCustomer(String customerId) {
        return rows("SELECT id, total_cents FROM orders WHERE customer_id = '" + customerId + "'");
    }

    List<Map<String, Object>> findByCoupon(String couponCode) {
        String sql = "SELECT o.id, o.total_cents FROM orders o JOIN coupon_uses u ON u.order_id = o.id"
                + " WHERE u.code = '" + couponCode + "'";
        return rows(sql);
    }

    List<Map<String, Object>> openOrders() {
        return rows("SELECT id, total_cents FROM orders WHERE status = 'OPEN'");
    }

    List<Map<String, Object>> findByReference(String reference) {
        return jdbcClient.sql("SELECT id, total_cents FROM orders WHERE external_ref = '" + reference + "'").query().listOfRows();  // expect: sql-injection
    }

    int archiveRegion(String region) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            return statement.executeUpdate("UPDATE orders SET archived = TRUE WHERE region = '" + region + "'");  // expect: sql-injection
        } catch (SQLException e) {
            throw new IllegalStateException("could not archive orders", e);
        }
    }

    int countCouponUses(String code) {
        return XfCouponLedger.uses(jdbcTemplate, code);
    }

    // reached from two tainted callers (findByCustomer, findByCoupon): reported once
    private List<Map<String, Object>> rows(String sql) {
        return jdbcTemplate.queryForList(sql);  // expect: sql-injection
    }
}

final class XfCouponLedger {

    private XfCouponLedger() {
    }

    static int uses(JdbcTemplate jdbc, String code) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM coupon_uses WHERE code = '" + code + "'", Integer.class);  // expect: sql-injection
        return count == null ? 0 : count;
    }
}
