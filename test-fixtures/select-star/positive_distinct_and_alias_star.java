// SELECT DISTINCT *, alias.* alone, and alias.* mixed with explicit columns (first or later in the list).
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class CatalogReportDao {

    private final JdbcTemplate jdbcTemplate;

    CatalogReportDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> rolesOf(long userId) {
        return jdbcTemplate.queryForList("SELECT DISTINCT * FROM user_roles WHERE user_id = ?", userId);  // expect: select-star "`user_roles`"
    }

    List<Map<String, Object>> tagsOfArticle(long articleId) {
        return jdbcTemplate.queryForList(
                "select t.* from tags t join article_tags at on at.tag_id = t.id where at.article_id = ?",  // expect: select-star "`tags`"
                articleId);
    }

    Map<String, Object> orderWithBuyer(long orderId) {
        return jdbcTemplate.queryForMap(
                "SELECT u.*, o.total FROM users u JOIN orders o ON o.user_id = u.id WHERE o.id = ?", orderId);  // expect: select-star "`users`"
    }

    List<Map<String, Object>> ordersWithCustomer() {
        return jdbcTemplate.queryForList(
                "SELECT o.id, o.placed_at, c.* FROM orders o JOIN customers c ON c.id = o.customer_id");  // expect: select-star
    }

    List<Map<String, Object>> productsInOrder(long orderId) {
        return jdbcTemplate.queryForList(
                "select distinct p.* from products p join order_lines l on l.product_id = p.id where l.order_id = ?",  // expect: select-star "`products`"
                orderId);
    }
}
