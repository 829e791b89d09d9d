// close() only in a catch block: the resource is released when the work fails and leaks every time it succeeds.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

class PaymentCaptureDao {

    private static final String CAPTURE = "UPDATE payments SET status = 'CAPTURED' WHERE id = ?";
    private static final String REFUND = "UPDATE payments SET status = 'REFUNDED' WHERE id = ?";

    private final DataSource dataSource;

    PaymentCaptureDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void capture(long paymentId) throws SQLException {
        Connection connection = dataSource.getConnection();  // expect: jdbc-resource-leak "`Connection` from `getConnection()`"
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement ps = connection.prepareStatement(CAPTURE)) {
                ps.setLong(1, paymentId);
                ps.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            connection.close();
            throw e;
        }
    }

    void refund(Connection connection, long paymentId) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(REFUND);  // expect: jdbc-resource-leak "`PreparedStatement` from `prepareStatement()`"
        try {
            ps.setLong(1, paymentId);
            ps.executeUpdate();
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }
}
