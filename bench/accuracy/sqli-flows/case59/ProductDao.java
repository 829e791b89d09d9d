package eval5.case59;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

public class ProductDao {

    private static final String BASE = "SELECT p.sku, p.name, p.brand, p.colour FROM products p WHERE p.active = 1";

    private final DataSource dataSource;

    public ProductDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<ProductRow> findMatching(List<String> columns, List<String> values) throws SQLException {
        StringBuilder sql = new StringBuilder(BASE);
        for (String column : columns) {
            sql.append(" AND p.").append(column).append(" = ?");
        }
        sql.append(" ORDER BY p.name");

        List<ProductRow> rows = new ArrayList<>();
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(sql.toString())) { // sink
            for (int i = 0; i < values.size(); i++) {
                ps.setString(i + 1, values.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ProductRow(rs.getString("sku"), rs.getString("name")));
                }
            }
        }
        return rows;
    }

    public record ProductRow(String sku, String name) {
    }
}
