package concat.case30;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

public class ReplenishmentDao {
    private final DataSource dataSource;

    public ReplenishmentDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<String> lowStockSkus(long warehouseId) throws SQLException {
        List<String> skus = new ArrayList<>();
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(InventorySql.LOW_STOCK + " AND warehouse_id = ?")) { // sink
            ps.setLong(1, warehouseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    skus.add(rs.getString("sku"));
                }
            }
        }
        return skus;
    }
}
