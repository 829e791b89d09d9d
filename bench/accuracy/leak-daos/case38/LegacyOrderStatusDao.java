package leak.case38;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

public class LegacyOrderStatusDao {

    private static final Logger LOG = Logger.getLogger(LegacyOrderStatusDao.class.getName());

    private static final String STATUS_BY_REFERENCE =
            "SELECT status FROM legacy_orders WHERE external_ref = ?";

    private final DataSource dataSource;

    public LegacyOrderStatusDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String statusOf(String externalRef) throws SQLException {
        Connection conn = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        try {
            conn = dataSource.getConnection();
            ps = conn.prepareStatement(STATUS_BY_REFERENCE);
            ps.setString(1, externalRef);
            rs = ps.executeQuery();
            return rs.next() ? rs.getString(1) : "UNKNOWN";
        } finally {
            closeAll(rs, ps, conn);
        }
    }

    private static void closeAll(AutoCloseable... resources) {
        for (AutoCloseable resource : resources) {
            if (resource == null) {
                continue;
            }
            try {
                resource.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "Failed to close JDBC resource", e);
            }
        }
    }
}
