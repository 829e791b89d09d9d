package leak.case24;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Logger;
import javax.sql.DataSource;

public class SessionStore {

    private static final Logger LOG = Logger.getLogger(SessionStore.class.getName());

    private static final String DELETE_EXPIRED =
            "DELETE FROM http_sessions WHERE last_access < ?";

    private final DataSource dataSource;

    public SessionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public int expireSessions(Instant cutoff) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            PreparedStatement ps = conn.prepareStatement(DELETE_EXPIRED); // leak
            ps.setTimestamp(1, Timestamp.from(cutoff));
            int removed = ps.executeUpdate();
            if (removed > 0) {
                LOG.info(() -> "Expired " + removed + " sessions older than " + cutoff);
                ps.close();
            }
            return removed;
        }
    }
}
