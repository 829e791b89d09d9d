package eval5.case39;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

public class CatalogDao {

    private final DataSource dataSource;

    public CatalogDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Item> listProducts(String locale) throws SQLException {
        String sql = "SELECT p.sku, t.title FROM products p"
                + " JOIN product_translations t ON t.product_id = p.id"
                + " WHERE t.locale = '" + locale + "' AND p.visible = TRUE"
                + " ORDER BY t.title";
        List<Item> items = new ArrayList<>();
        try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
            ResultSet rs = st.executeQuery(sql); // sink
            while (rs.next()) {
                items.add(new Item(rs.getString(1), rs.getString(2)));
            }
        }
        return items;
    }

    public record Item(String sku, String title) {
    }
}
