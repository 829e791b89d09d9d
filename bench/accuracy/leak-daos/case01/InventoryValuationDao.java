package leak.case01;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

public class InventoryValuationDao {

    private static final String TOTAL_VALUE =
            "SELECT COALESCE(SUM(s.quantity_on_hand * p.unit_cost), 0) FROM stock_levels s "
                    + "JOIN products p ON p.sku = s.sku";

    private final DataSource dataSource;

    public InventoryValuationDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public BigDecimal totalInventoryValue() throws SQLException {
        Connection conn = dataSource.getConnection();
        try {
            Statement st = conn.createStatement();
            try {
                ResultSet rs = st.executeQuery(TOTAL_VALUE);
                try {
                    rs.next();
                    return rs.getBigDecimal(1);
                } finally {
                    rs.close();
                }
            } finally {
                st.close();
            }
        } finally {
            conn.close();
        }
    }
}
