// Resources released in finally through helpers whose names contain close or release: closeQuietly(..), JdbcUtils.closeConnection(..), releaseConnection(..).
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

class LoyaltyPointsDao {

    private static final String BALANCE = "SELECT points FROM loyalty_accounts WHERE customer_id = ?";
    private static final String EXPIRE = "UPDATE loyalty_accounts SET points = 0 WHERE last_activity < CURRENT_DATE - 365";

    private final DataSource dataSource;

    LoyaltyPointsDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    int balance(long customerId) throws SQLException {
        Connection connection = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        try {
            connection = dataSource.getConnection();
            ps = connection.prepareStatement(BALANCE);
            ps.setLong(1, customerId);
            rs = ps.executeQuery();
            return rs.next() ? rs.getInt(1) : 0;
        } finally {
            closeQuietly(rs);
            closeQuietly(ps);
            JdbcUtils.closeConnection(connection);
        }
    }

    int expireInactive() throws SQLException {
        Connection connection = dataSource.getConnection();
        Statement st = null;
        try {
            st = connection.createStatement();
            return st.executeUpdate(EXPIRE);
        } finally {
            JdbcUtils.closeStatement(st);
            releaseConnection(connection);
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception ignored) {
            // Closing is best effort; the original failure, if any, is the one to report.
        }
    }

    private static void releaseConnection(Connection connection) throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }

    static final class JdbcUtils {

        private JdbcUtils() {
        }

        static void closeStatement(Statement statement) {
            closeQuietly(statement);
        }

        static void closeConnection(Connection connection) {
            closeQuietly(connection);
        }
    }
}
