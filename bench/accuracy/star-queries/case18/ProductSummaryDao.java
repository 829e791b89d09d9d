package stars.case18;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ProductSummaryDao {

    private final JdbcTemplate jdbcTemplate;

    public ProductSummaryDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    // SELECT * FROM products pulled the description blobs for every row;
    // list only what the summary page shows.
    public List<ProductSummary> summaries(long categoryId) {
        // return jdbcTemplate.query("SELECT * FROM products WHERE category_id = ?", ...);
        return jdbcTemplate.query(
                "SELECT sku, name, price FROM products WHERE category_id = ?",
                (rs, n) -> new ProductSummary(rs.getString("sku"), rs.getString("name"), rs.getLong("price")),
                categoryId);
    }

    public record ProductSummary(String sku, String name, long price) {}
}
