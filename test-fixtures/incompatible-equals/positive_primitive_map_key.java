// A JDBC sales report that looks up a Map<Long, ..> and a Set<Long> with an int column value (boxed to Integer).
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

@Repository
class ProductSalesReport {

    private final JdbcTemplate jdbc;

    ProductSalesReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, String> productNames() {
        Map<Long, String> names = new HashMap<>();
        RowCallbackHandler handler = (ResultSet rs) -> names.put(rs.getLong("id"), rs.getString("name"));
        jdbc.query("select id, name from products", handler);
        return names;
    }

    Map<String, BigDecimal> totalsByName(Set<Long> discontinued) {
        Map<Long, String> names = productNames();
        Map<String, BigDecimal> totals = new HashMap<>();
        RowCallbackHandler handler = rs -> {
            int productId = rs.getInt("product_id");
            if (discontinued.contains(productId)) { // expect: incompatible-equals "`Long` with `Integer`"
                return;
            }
            String name = names.get(productId); // expect: incompatible-equals "`Long` with `Integer`"
            totals.merge(name == null ? "unknown" : name, rs.getBigDecimal("amount"), BigDecimal::add);
        };
        jdbc.query("select product_id, amount from sales", handler);
        return totals;
    }

    Map<String, BigDecimal> totalsByNameFixed(Set<Long> discontinued) {
        Map<Long, String> names = productNames();
        Map<String, BigDecimal> totals = new HashMap<>();
        RowCallbackHandler handler = rs -> {
            long productId = rs.getLong("product_id");
            if (discontinued.contains(productId)) {
                return;
            }
            String name = names.get(productId);
            totals.merge(name == null ? "unknown" : name, rs.getBigDecimal("amount"), BigDecimal::add);
        };
        jdbc.query("select product_id, amount from sales", handler);
        return totals;
    }
}
