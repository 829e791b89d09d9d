package leak.case17;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

public class DatabaseHealthIndicator {

    private static final Logger LOG = Logger.getLogger(DatabaseHealthIndicator.class.getName());

    private static final String VALIDATION_QUERY = "SELECT 1";

    private final DataSource dataSource;

    public DatabaseHealthIndicator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean isDatabaseUp() {
        try (Connection conn = dataSource.getConnection();
             Statement st = conn.createStatement()) {
            st.setQueryTimeout(2);
            st.executeQuery(VALIDATION_QUERY); // leak
            return true;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Database health check failed", e);
            return false;
        }
    }
}
