// Factory methods that return the resource, so the caller owns it: a configured connection, a prepared statement, an open ResultSet.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

class ReportingConnections {

    private static final String OVERDUE = "SELECT id, due_date FROM invoices WHERE due_date < CURRENT_DATE AND paid_at IS NULL";

    private final DataSource dataSource;

    ReportingConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Connection open() throws SQLException {
        return dataSource.getConnection();
    }

    Connection openReadOnly() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    PreparedStatement prepareOverdue(Connection connection) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(OVERDUE);
        ps.setFetchSize(500);
        return ps;
    }

    ResultSet openOverdueCursor(PreparedStatement overdue) throws SQLException {
        return overdue.executeQuery();
    }
}
