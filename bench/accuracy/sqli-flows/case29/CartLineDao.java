package eval5.case29;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

public class CartLineDao {

    private final DataSource dataSource;

    public CartLineDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<CartLine> linesOf(UUID cartId) throws SQLException {
        String sql = "SELECT sku, quantity FROM cart_lines WHERE cart_id = '" + cartId + "' ORDER BY added_at";
        List<CartLine> lines = new ArrayList<>();
        try (Connection con = dataSource.getConnection();
             Statement st = con.createStatement();
             ResultSet rs = st.executeQuery(sql)) { // sink
            while (rs.next()) {
                lines.add(new CartLine(rs.getString("sku"), rs.getInt("quantity")));
            }
        }
        return lines;
    }

    public record CartLine(String sku, int quantity) {
    }
}
