// Locals that hold a constant on every path: final and effectively final locals, a ternary of literals, literals in both if branches.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class ProductCatalogDao {

    private final JdbcTemplate jdbcTemplate;

    ProductCatalogDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> activeProducts() {
        final String table = "products";
        return jdbcTemplate.queryForList("SELECT id, sku FROM " + table + " WHERE active = true");
    }

    List<Map<String, Object>> byCategory(long categoryId) {
        String sql = "SELECT id, sku, name FROM products WHERE category_id = ?";
        return jdbcTemplate.queryForList(sql, categoryId);
    }

    List<Map<String, Object>> listing(boolean includeArchived, long categoryId) {
        String table = includeArchived ? "products_all" : "products";
        return jdbcTemplate.queryForList("SELECT id, sku FROM " + table + " WHERE category_id = ?", categoryId);
    }

    List<Map<String, Object>> sorted(boolean newestFirst) {
        String order;
        if (newestFirst) {
            order = "created_at DESC";
        } else {
            order = "name ASC";
        }
        return jdbcTemplate.queryForList("SELECT id, name FROM products ORDER BY " + order);
    }
}
