// try-with-resources in its usual forms: one resource, several in one header, nested blocks, a CallableStatement, generated keys.
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

class WarehouseStockDao {

    private static final String AVAILABLE = "SELECT quantity - reserved FROM stock WHERE sku = ?";
    private static final String LOW_STOCK = "SELECT sku FROM stock WHERE quantity < 10 ORDER BY sku";
    private static final String RESERVE = "{call reserve_stock(?, ?)}";
    private static final String INSERT_MOVE = "INSERT INTO stock_moves (sku, delta) VALUES (?, ?)";

    private final DataSource dataSource;

    WarehouseStockDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    int available(String sku) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement(AVAILABLE)) {
            ps.setString(1, sku);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    List<String> lowStock() throws SQLException {
        List<String> skus = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(LOW_STOCK)) {
            while (rs.next()) {
                skus.add(rs.getString(1));
            }
        }
        return skus;
    }

    void reserve(String sku, int quantity) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (CallableStatement call = connection.prepareCall(RESERVE)) {
                call.setString(1, sku);
                call.setInt(2, quantity);
                call.execute();
            }
        }
    }

    long recordMove(String sku, int delta) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement(INSERT_MOVE, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, sku);
            ps.setInt(2, delta);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1L;
            }
        }
    }
}
