package leak.case29;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Iterates audit entries newer than a watermark. Owns its statement and
 * result set; close it when done.
 */
public class AuditTrailCursor implements AutoCloseable {

    private static final String ENTRIES_SINCE =
            "SELECT id, actor, action, created_at FROM audit_log WHERE created_at > ? ORDER BY created_at";

    private final PreparedStatement statement;
    private final ResultSet resultSet;

    public AuditTrailCursor(Connection connection, Instant since) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(ENTRIES_SINCE);
        try {
            ps.setFetchSize(200);
            ps.setTimestamp(1, Timestamp.from(since));
            this.resultSet = ps.executeQuery();
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
        this.statement = ps;
    }

    public Optional<Entry> next() throws SQLException {
        if (!resultSet.next()) {
            return Optional.empty();
        }
        return Optional.of(new Entry(resultSet.getLong("id"), resultSet.getString("actor"),
                resultSet.getString("action"), resultSet.getTimestamp("created_at").toInstant()));
    }

    @Override
    public void close() throws SQLException {
        try {
            resultSet.close();
        } finally {
            statement.close();
        }
    }

    public record Entry(long id, String actor, String action, Instant createdAt) {
    }
}
