package leak.case26;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

public class NightlyCleanupJob implements Runnable {

    private static final Logger LOG = Logger.getLogger(NightlyCleanupJob.class.getName());

    private static final String PURGE_NOTIFICATIONS =
            "DELETE FROM notifications WHERE read_at IS NOT NULL AND read_at < ?";

    private final String jdbcUrl;
    private final Properties connectionProperties;
    private final Duration retention;

    public NightlyCleanupJob(String jdbcUrl, Properties connectionProperties, Duration retention) {
        this.jdbcUrl = jdbcUrl;
        this.connectionProperties = connectionProperties;
        this.retention = retention;
    }

    @Override
    public void run() {
        try {
            Connection conn = DriverManager.getConnection(jdbcUrl, connectionProperties); // leak
            conn.setAutoCommit(false);
            try (PreparedStatement ps = conn.prepareStatement(PURGE_NOTIFICATIONS)) {
                ps.setTimestamp(1, Timestamp.from(Instant.now().minus(retention)));
                int purged = ps.executeUpdate();
                LOG.info(() -> "Purged " + purged + " read notifications");
            }
            conn.commit();
            conn.close();
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "Nightly cleanup failed", e);
        }
    }
}
