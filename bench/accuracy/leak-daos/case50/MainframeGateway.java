package leak.case50;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Keeps a single long-lived connection to the mainframe bridge. The gateway
 * owns the connection and closes it on shutdown.
 */
public class MainframeGateway implements AutoCloseable {

    private final String jdbcUrl;
    private final Properties properties;
    private Connection connection;

    public MainframeGateway(String jdbcUrl, Properties properties) {
        this.jdbcUrl = jdbcUrl;
        this.properties = properties;
    }

    public synchronized Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(jdbcUrl, properties);
        }
        return connection;
    }

    @Override
    public synchronized void close() throws SQLException {
        if (connection != null) {
            try {
                connection.close();
            } finally {
                connection = null;
            }
        }
    }
}
