// ResultSets and statements held in locals and closed in finally, on a statement parameter and on a connection parameter.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

final class ShipmentQueries {

    private static final String PENDING_COUNT = "SELECT count(id) FROM shipments WHERE shipped_at IS NULL";

    private ShipmentQueries() {
    }

    static List<String> trackingNumbers(PreparedStatement byOrder, long orderId) throws SQLException {
        byOrder.setLong(1, orderId);
        ResultSet rs = byOrder.executeQuery();
        try {
            List<String> numbers = new ArrayList<>();
            while (rs.next()) {
                numbers.add(rs.getString(1));
            }
            return numbers;
        } finally {
            rs.close();
        }
    }

    static long insertAndReturnId(PreparedStatement insert) throws SQLException {
        insert.executeUpdate();
        ResultSet keys = insert.getGeneratedKeys();
        try {
            return keys.next() ? keys.getLong(1) : -1L;
        } finally {
            keys.close();
        }
    }

    static int pendingCount(Connection connection) throws SQLException {
        Statement st = connection.createStatement();
        try {
            ResultSet rs = st.executeQuery(PENDING_COUNT);
            return rs.next() ? rs.getInt(1) : 0;
        } finally {
            st.close();
        }
    }
}
