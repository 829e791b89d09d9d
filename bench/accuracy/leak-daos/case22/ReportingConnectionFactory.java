package leak.case22;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Hands out read-only connections to the reporting replica. Callers own the
 * returned connection and must close it.
 */
public class ReportingConnectionFactory {

    private final DataSource replicaDataSource;

    public ReportingConnectionFactory(DataSource replicaDataSource) {
        this.replicaDataSource = replicaDataSource;
    }

    public Connection openReadOnlyConnection() throws SQLException {
        Connection conn = replicaDataSource.getConnection();
        try {
            conn.setReadOnly(true);
            conn.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            return conn;
        } catch (SQLException e) {
            conn.close();
            throw e;
        }
    }
}
