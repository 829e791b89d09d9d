package leak.case10;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

public class ProductCatalogDao {

    private static final String FIND_BY_SKU =
            "SELECT sku, name, list_price, active FROM products WHERE sku = ?";

    private final DataSource dataSource;

    public ProductCatalogDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Product> findBySku(String sku) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            PreparedStatement ps = conn.prepareStatement(FIND_BY_SKU); // leak
            ps.setString(1, sku);
            Product product;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                product = new Product(
                        rs.getString("sku"),
                        rs.getString("name"),
                        rs.getBigDecimal("list_price"),
                        rs.getBoolean("active"));
            }
            ps.close();
            return Optional.of(product);
        }
    }

    public record Product(String sku, String name, BigDecimal listPrice, boolean active) {
    }
}
