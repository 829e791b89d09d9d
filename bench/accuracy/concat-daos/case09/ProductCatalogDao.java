package concat.case09;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ProductCatalogDao {
    private static final RowMapper<Product> MAPPER = (rs, i) -> new Product(
            rs.getLong("id"), rs.getString("sku"), rs.getString("name"), rs.getLong("price_cents"));

    private final NamedParameterJdbcTemplate jdbc;

    public ProductCatalogDao(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Product> listActive(String sort) {
        String orderBy;
        switch (sort) {
            case "price":
                orderBy = "price_cents";
                break;
            case "name":
                orderBy = "name";
                break;
            case "newest":
                orderBy = "created_at DESC";
                break;
            default:
                throw new IllegalArgumentException("Unsupported sort: " + sort);
        }
        return jdbc.query("SELECT id, sku, name, price_cents FROM products WHERE active = :active ORDER BY " + orderBy, Map.of("active", true), MAPPER); // sink
    }

    public record Product(long id, String sku, String name, long priceCents) {
    }
}
