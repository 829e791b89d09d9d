// A connection from DataSource.getConnection() kept in a local and never closed; the statements made from it are closed, the connection is not.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

class CustomerLookupDao {

    private static final String FIND_EMAIL = "SELECT email FROM customers WHERE id = ?";
    private static final String TOUCH = "UPDATE customers SET last_seen_at = CURRENT_TIMESTAMP WHERE id = ?";

    private final DataSource dataSource;

    CustomerLookupDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    String emailOf(long customerId) throws SQLException {
        Connection connection = dataSource.getConnection();  // expect: jdbc-resource-leak "`Connection` from `getConnection()`"
        try (PreparedStatement ps = connection.prepareStatement(FIND_EMAIL)) {
            ps.setLong(1, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    void touch(long customerId) throws SQLException {
        Connection connection = this.dataSource.getConnection();  // expect: jdbc-resource-leak "`Connection` from `getConnection()`"
        connection.setAutoCommit(true);
        try (PreparedStatement ps = connection.prepareStatement(TOUCH)) {
            ps.setLong(1, customerId);
            ps.executeUpdate();
        }
    }
}
