// Sort columns and directions chosen from an allow-list: switch over an enum or a string (default throws), ternary on a flag.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

enum CustomerSortField { NAME, SIGNUP_DATE, LIFETIME_VALUE }

class CustomerListingDao {

    private final JdbcTemplate jdbcTemplate;

    CustomerListingDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> page(CustomerSortField field, boolean descending, int limit, int offset) {
        String column = switch (field) {
            case NAME -> "c.name";
            case SIGNUP_DATE -> "c.created_at";
            case LIFETIME_VALUE -> "c.lifetime_value_cents";
        };
        String direction = descending ? "DESC" : "ASC";
        return jdbcTemplate.queryForList(
                "SELECT c.id, c.name FROM customers c ORDER BY " + column + " " + direction + " LIMIT ? OFFSET ?",
                limit, offset);
    }

    List<Map<String, Object>> sortedBy(String sort) {
        String column;
        switch (sort) {
            case "name":
                column = "c.name";
                break;
            case "created":
                column = "c.created_at";
                break;
            default:
                throw new IllegalArgumentException("unsupported sort: " + sort);
        }
        return jdbcTemplate.queryForList("SELECT c.id, c.name FROM customers c ORDER BY " + column);
    }
}
