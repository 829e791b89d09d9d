// createStatement() / prepareStatement(sql) on a Connection held in a field: the method does not own the connection, so its statements must be closed.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

class SessionCleanupTask {

    private static final String PURGE_EXPIRED = "DELETE FROM http_sessions WHERE expires_at < CURRENT_TIMESTAMP";
    private static final String EXTEND = "UPDATE http_sessions SET expires_at = expires_at + ? * INTERVAL '1' MINUTE WHERE id = ?";
    private static final String VACUUM = "VACUUM http_sessions";

    private final Connection connection;

    SessionCleanupTask(Connection connection) {
        this.connection = connection;
    }

    int purgeExpired() throws SQLException {
        Statement st = connection.createStatement();  // expect: jdbc-resource-leak "`Statement` from `createStatement()`"
        return st.executeUpdate(PURGE_EXPIRED);
    }

    void extend(String sessionId, int minutes) throws SQLException {
        PreparedStatement ps = this.connection.prepareStatement(EXTEND);  // expect: jdbc-resource-leak "`PreparedStatement` from `prepareStatement()`"
        ps.setInt(1, minutes);
        ps.setString(2, sessionId);
        ps.executeUpdate();
    }

    void vacuum() throws SQLException {
        connection.createStatement().execute(VACUUM);  // expect: jdbc-resource-leak "`Statement` from `createStatement()`"
    }
}
