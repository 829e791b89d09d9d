// close() as the last statement of the try block (not in finally) or after an early return: a failure or the return skips it.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

class AuditTrailWriter {

    private static final String INSERT_EVENT = "INSERT INTO audit_events (user_id, action) VALUES (?, ?)";
    private static final String LAST_ACTION = "SELECT action FROM audit_events WHERE user_id = ? ORDER BY id DESC LIMIT 1";
    private static final String ROTATE = "DELETE FROM audit_events WHERE created_at < CURRENT_DATE - 90";

    private final DataSource dataSource;
    private final Connection archiveConnection;

    AuditTrailWriter(DataSource dataSource, Connection archiveConnection) {
        this.dataSource = dataSource;
        this.archiveConnection = archiveConnection;
    }

    void record(long userId, String action) {
        try {
            Connection connection = dataSource.getConnection();  // expect: jdbc-resource-leak "`Connection` from `getConnection()`"
            try (PreparedStatement ps = connection.prepareStatement(INSERT_EVENT)) {
                ps.setLong(1, userId);
                ps.setString(2, action);
                ps.executeUpdate();
            }
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write audit event", e);
        }
    }

    String lastAction(long userId) throws SQLException {
        Connection connection = dataSource.getConnection();  // expect: jdbc-resource-leak "`Connection` from `getConnection()`"
        String action;
        try (PreparedStatement ps = connection.prepareStatement(LAST_ACTION)) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                action = rs.getString(1);
            }
        }
        connection.close();
        return action;
    }

    void rotateArchive() {
        try {
            Statement st = archiveConnection.createStatement();  // expect: jdbc-resource-leak "`Statement` from `createStatement()`"
            st.executeUpdate(ROTATE);
            st.close();
        } catch (SQLException e) {
            throw new IllegalStateException("could not rotate audit archive", e);
        }
    }
}
