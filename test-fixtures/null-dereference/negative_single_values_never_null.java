// queryForObject results that are never null or are checked: a COUNT, a row mapper's object, a plain column the query text selects, an aggregate tested before use, and one wrapped in COALESCE.
import org.springframework.jdbc.core.JdbcTemplate;

class OrderStatistics {

    private final JdbcTemplate jdbcTemplate;

    OrderStatistics(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    int count() {
        int n = jdbcTemplate.queryForObject("SELECT COUNT(*) FROM orders", Integer.class);
        return n + 1;
    }

    String customer(long id) {
        return jdbcTemplate.queryForObject("SELECT name FROM customers WHERE id = ?", (rs, row) -> rs.getString(1) + "", id).trim();
    }

    long nextId() {
        Long max = jdbcTemplate.queryForObject("SELECT MAX(id) FROM orders", Long.class);
        return max == null ? 1 : max + 1;
    }

    long nextSafeId() {
        return jdbcTemplate.queryForObject("SELECT COALESCE(MAX(id), 0) FROM orders", Long.class) + 1;
    }
}
