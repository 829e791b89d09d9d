package leak.case11;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

public class StockReservationService {

    private static final String LOCK_STOCK =
            "SELECT quantity_on_hand FROM stock_levels WHERE warehouse_id = ? AND sku = ? FOR UPDATE";
    private static final String RESERVE =
            "UPDATE stock_levels SET quantity_on_hand = quantity_on_hand - ?, "
                    + "quantity_reserved = quantity_reserved + ? WHERE warehouse_id = ? AND sku = ?";

    private final DataSource dataSource;

    public StockReservationService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean reserve(long warehouseId, String sku, int quantity) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            conn.setAutoCommit(false);
            try {
                int onHand;
                try (PreparedStatement lock = conn.prepareStatement(LOCK_STOCK)) {
                    lock.setLong(1, warehouseId);
                    lock.setString(2, sku);
                    try (ResultSet rs = lock.executeQuery()) {
                        onHand = rs.next() ? rs.getInt(1) : 0;
                    }
                }
                if (onHand < quantity) {
                    conn.rollback();
                    return false;
                }
                try (PreparedStatement reserve = conn.prepareStatement(RESERVE)) {
                    reserve.setInt(1, quantity);
                    reserve.setInt(2, quantity);
                    reserve.setLong(3, warehouseId);
                    reserve.setString(4, sku);
                    reserve.executeUpdate();
                }
                conn.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            }
        }
    }
}
