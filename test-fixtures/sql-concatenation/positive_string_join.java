// String.join over a parameter list, a parameter set and varargs, concatenated into WHERE, select list and IN (...).
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

class ProductFilterDao {

    private final JdbcTemplate jdbcTemplate;

    ProductFilterDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> findMatching(List<String> conditions) {
        String where = String.join(" AND ", conditions);
        return jdbcTemplate.queryForList("SELECT id, sku, name FROM products WHERE " + where);  // expect: sql-concatenation "from `where`"
    }

    List<Map<String, Object>> project(List<String> columns, long categoryId) {
        return jdbcTemplate.queryForList(  // expect: sql-concatenation "from `columns`"
                "SELECT " + String.join(", ", columns) + " FROM products WHERE category_id = ?", categoryId);
    }

    int discontinue(Set<String> skus) {
        return jdbcTemplate.update("UPDATE products SET active = false WHERE sku IN ('" + String.join("', '", skus) + "')");  // expect: sql-concatenation "from `skus`"
    }

    List<Map<String, Object>> taggedWithAll(String... tags) {
        String sql = "SELECT product_id FROM product_tags WHERE tag IN (" + String.join(",", tags) + ")"
                + " GROUP BY product_id HAVING count(*) = ?";
        return jdbcTemplate.queryForList(sql, tags.length);  // expect: sql-concatenation "from `sql`"
    }
}
