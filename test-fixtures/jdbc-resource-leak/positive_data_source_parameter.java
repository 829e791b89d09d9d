// Connections taken from a DataSource parameter in static diagnostics helpers and never closed (returning a value read from it is not a hand-off).
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

final class DatabaseDiagnostics {

    private static final String SCHEMA_VERSION = "SELECT version FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1";

    private DatabaseDiagnostics() {
    }

    static boolean isReachable(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();  // expect: jdbc-resource-leak "`Connection` from `getConnection()`"
        return connection.isValid(2);
    }

    static String schemaVersion(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();  // expect: jdbc-resource-leak "`Connection` from `getConnection()`"
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(SCHEMA_VERSION)) {
            return rs.next() ? rs.getString(1) : "unknown";
        }
    }
}
