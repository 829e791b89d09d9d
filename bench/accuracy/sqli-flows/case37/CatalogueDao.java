package eval5.case37;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class CatalogueDao {

    public static final String ACTIVE_VIEW = "v_active_products";
    public static final String CLEARANCE_VIEW = "v_clearance_products";

    private static final RowMapper<Product> ROW = (rs, n) -> new Product(rs.getString("sku"), rs.getString("name"), rs.getString("category"));

    private final JdbcTemplate jdbcTemplate;

    public CatalogueDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Product> listFrom(String view) {
        return jdbcTemplate.query("SELECT sku, name, category FROM " + view + " ORDER BY name", ROW); // sink
    }

    public List<Product> listByCategory(String category) {
        return jdbcTemplate.query("SELECT sku, name, category FROM v_active_products WHERE category = ? ORDER BY name", ROW, category);
    }

    public record Product(String sku, String name, String category) {
    }
}
