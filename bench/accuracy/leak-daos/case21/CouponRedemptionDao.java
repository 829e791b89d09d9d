package leak.case21;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

public class CouponRedemptionDao {

    private static final Logger LOG = Logger.getLogger(CouponRedemptionDao.class.getName());

    private static final String REMAINING_USES =
            "SELECT max_uses - used_count FROM coupons WHERE code = ? AND expires_at > CURRENT_TIMESTAMP";

    private final DataSource dataSource;

    public CouponRedemptionDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public int remainingUses(String couponCode) throws SQLException {
        Connection conn = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        try {
            conn = dataSource.getConnection();
            ps = conn.prepareStatement(REMAINING_USES);
            ps.setString(1, couponCode);
            rs = ps.executeQuery();
            if (!rs.next()) {
                return 0;
            }
            return Math.max(0, rs.getInt(1));
        } finally {
            closeQuietly(rs);
            closeQuietly(ps);
            closeQuietly(conn);
        }
    }

    private static void closeQuietly(ResultSet rs) {
        if (rs != null) {
            try {
                rs.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "Failed to close result set", e);
            }
        }
    }

    private static void closeQuietly(Statement st) {
        if (st != null) {
            try {
                st.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "Failed to close statement", e);
            }
        }
    }

    private static void closeQuietly(Connection conn) {
        if (conn != null) {
            try {
                conn.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "Failed to close connection", e);
            }
        }
    }
}
