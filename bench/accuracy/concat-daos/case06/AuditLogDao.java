package concat.case06;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

public class AuditLogDao {
    private final DataSource dataSource;

    public AuditLogDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public int purgeOlderThan(Instant cutoff) throws SQLException {
        final String table = "audit_log";
        final String predicate = " WHERE recorded_at < ?";
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement("DELETE FROM " + table + predicate)) { // sink
            ps.setTimestamp(1, Timestamp.from(cutoff));
            return ps.executeUpdate();
        }
    }
}
