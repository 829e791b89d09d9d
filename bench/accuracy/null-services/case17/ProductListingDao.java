package nulls.case17;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.apache.commons.lang3.StringUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ProductListingDao {

    private static final String BY_CATEGORY = """
            SELECT p.sku, p.description, p.list_price, p.discount_pct
              FROM products p
             WHERE p.category_id = ?
               AND p.active = true
             ORDER BY p.sku
            """;

    public record ProductView(String sku, String summary, BigDecimal effectivePrice) {
    }

    private final JdbcTemplate jdbcTemplate;

    public ProductListingDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<ProductView> findByCategory(long categoryId) {
        return jdbcTemplate.query(BY_CATEGORY, this::toView, categoryId);
    }

    private ProductView toView(ResultSet rs, int rowNum) throws SQLException {
        String description = rs.getString("description");
        String summary = description == null ? "" : description.strip();

        BigDecimal listPrice = rs.getBigDecimal("list_price");
        BigDecimal discount = rs.getBigDecimal("discount_pct");
        BigDecimal effective = listPrice;
        if (listPrice != null && discount != null) {
            effective = listPrice.subtract(listPrice.multiply(discount).movePointLeft(2));
        }

        String sku = StringUtils.trimToEmpty(rs.getString("sku"));
        return new ProductView(sku, summary, effective);
    }
}
