package eval5.case58;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class OrderDao {

    private static final RowMapper<OrderRow> ROW = (rs, n) ->
            new OrderRow(rs.getLong("id"), rs.getString("customer_name"), rs.getString("status"), rs.getBigDecimal("total"));

    private final JdbcTemplate jdbcTemplate;

    public OrderDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public Query query() {
        return new Query();
    }

    /** Fluent criteria for the order screens; runs against the enclosing DAO's template. */
    public final class Query {

        private final List<String> conditions = new ArrayList<>();
        private final List<Object> args = new ArrayList<>();

        private Query() {
        }

        public Query customer(String customerName) {
            conditions.add("o.customer_name = '" + customerName + "'");
            return this;
        }

        public Query status(String status) {
            conditions.add("o.status = ?");
            args.add(status);
            return this;
        }

        public List<OrderRow> list() {
            String sql = "SELECT o.id, o.customer_name, o.status, o.total FROM orders o"
                    + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                    + " ORDER BY o.id DESC";
            return jdbcTemplate.query(sql, ROW, args.toArray()); // sink
        }
    }

    public record OrderRow(long id, String customerName, String status, BigDecimal total) {
    }
}
