package leak.case53;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

public class WarehouseStockDao {

    private static final Logger LOG = Logger.getLogger(WarehouseStockDao.class.getName());

    private static final String STOCK_LEVEL =
            "SELECT quantity_on_hand FROM stock_levels WHERE warehouse_id = ? AND sku = ?";

    private final DataSource dataSource;

    public WarehouseStockDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public int quantityOnHand(long warehouseId, String sku) throws SQLException {
        Connection conn = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        try {
            conn = dataSource.getConnection(); // leak
            ps = conn.prepareStatement(STOCK_LEVEL);
            ps.setLong(1, warehouseId);
            ps.setString(2, sku);
            rs = ps.executeQuery();
            return rs.next() ? rs.getInt(1) : 0;
        } finally {
            closeQuietly(rs);
            closeQuietly(ps);
        }
    }

    private static void closeQuietly(ResultSet rs) {
        if (rs != null) {
            try {
                rs.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "Failed to close result set", e);
            }
        }
    }

    private static void closeQuietly(Statement st) {
        if (st != null) {
            try {
                st.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "Failed to close statement", e);
            }
        }
    }
}
