package leak.case27;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A unit of work bound to one connection; use with try-with-resources.
 */
public class TransactionScope implements AutoCloseable {

    private final Connection connection;
    private boolean committed;

    public TransactionScope(DataSource dataSource) throws SQLException {
        this.connection = dataSource.getConnection();
    }

    public PreparedStatement prepare(String sql) throws SQLException {
        return connection.prepareStatement(sql);
    }

    public void commit() throws SQLException {
        connection.commit();
        committed = true;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (!committed && !connection.getAutoCommit()) {
                connection.rollback();
            }
        } finally {
            connection.close();
        }
    }
}
