// Resources closed by cleanup calls in finally, one after another, inside a retry loop wrapped in an outer try whose catch swallows the interruption: a cleanup call that could throw is not held against the ones after it.
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

class StartupProbe {

    private final DataSource dataSource;

    StartupProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    boolean waitForDatabase(String validationQuery, int attempts) {
        boolean validated = false;
        try {
            for (int attempt = 0; attempt < attempts && !validated; attempt++) {
                Connection con = null;
                Statement stmt = null;
                try {
                    con = dataSource.getConnection();
                    if (con == null) {
                        throw new IllegalStateException("no connection");
                    }
                    stmt = con.createStatement();
                    stmt.execute(validationQuery);
                    validated = true;
                } catch (SQLException ex) {
                    System.err.println("not yet: " + ex.getMessage());
                } finally {
                    closeStatement(stmt);
                    closeConnection(con);
                }
                if (!validated) {
                    TimeUnit.SECONDS.sleep(1);
                }
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        return validated;
    }

    private static void closeStatement(Statement statement) {
        try {
            if (statement != null) {
                statement.close();
            }
        } catch (SQLException ignored) {
            // nothing more to do
        }
    }

    private static void closeConnection(Connection connection) {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // nothing more to do
        }
    }
}
