package leak.case60;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Creates streaming statements for the nightly CSV export. The caller owns
 * the returned statement.
 */
public class ExportStatementFactory {

    private static final String EXPORT_ORDERS =
            "SELECT id, customer_id, status, total_amount, created_at FROM orders WHERE created_at >= ?";

    private static final int FETCH_SIZE = 500;

    public PreparedStatement prepareOrderExport(Connection conn) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(EXPORT_ORDERS,
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        try {
            ps.setFetchSize(FETCH_SIZE);
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }
}
