package stars.case13;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.BeanPropertyRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ProductCatalogDao {

    private static final String PRODUCT_BY_SKU = "SELECT * FROM products WHERE sku = ?"; // star

    private final JdbcTemplate jdbcTemplate;

    public ProductCatalogDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public Optional<Product> findBySku(String sku) {
        List<Product> rows = jdbcTemplate.query(PRODUCT_BY_SKU,
                new BeanPropertyRowMapper<>(Product.class), sku);
        return rows.stream().findFirst();
    }

    public boolean exists(String sku) {
        return !jdbcTemplate.query(PRODUCT_BY_SKU,
                new BeanPropertyRowMapper<>(Product.class), sku).isEmpty();
    }

    public static class Product {
        private String sku;
        private String name;
        public String getSku() { return sku; }
        public void setSku(String sku) { this.sku = sku; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }
}
