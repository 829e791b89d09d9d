// queryForObject of MAX, MIN, SUM or AVG asked for a number: over no rows the aggregate is SQL NULL and the call returns null, which the next unboxing or call throws on.
import org.springframework.jdbc.core.JdbcTemplate;

class OrderNumbers {

    private static final String LATEST_VERSION = "select max(version) from documents where owner = ?";

    private final JdbcTemplate jdbcTemplate;

    OrderNumbers(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    long nextId() {
        Long max = jdbcTemplate.queryForObject("SELECT MAX(id) FROM orders", Long.class);
        return max + 1;  // expect: null-dereference "queryForObject("
    }

    int nextVersion(String owner) {
        return jdbcTemplate.queryForObject(LATEST_VERSION, Integer.class, owner) + 1;  // expect: null-dereference "queryForObject("
    }

    String total() {
        return jdbcTemplate.queryForObject("SELECT SUM(amount) FROM payments", java.math.BigDecimal.class).toPlainString();  // expect: null-dereference "queryForObject("
    }
}
