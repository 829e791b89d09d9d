package concat.case38;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

public class SessionStore {
    private static final String SESSIONS = "auth_sessions";

    private final Connection connection;

    public SessionStore(Connection connection) {
        this.connection = connection;
    }

    public int revokeAllForUser(long userId) throws SQLException {
        String base = "UPDATE " + SESSIONS + " SET revoked = true, revoked_at = now()";
        String sql = base + " WHERE user_id = ? AND revoked = false";
        try (PreparedStatement ps = connection.prepareStatement(sql)) { // sink
            ps.setLong(1, userId);
            return ps.executeUpdate();
        }
    }
}
