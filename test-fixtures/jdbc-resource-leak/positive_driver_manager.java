// DriverManager.getConnection with (url, user, password) and with (url, properties), kept in a local that is never closed.
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

class LegacyImportJob {

    private static final String COUNT_STAGED = "SELECT count(id) FROM staged_rows WHERE imported = false";
    private static final String MARK_IMPORTED = "UPDATE staged_rows SET imported = true WHERE batch_id = ?";

    private final String url;
    private final String user;
    private final String password;

    LegacyImportJob(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    int countStagedRows() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);  // expect: jdbc-resource-leak "`Connection` from `getConnection()`"
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(COUNT_STAGED)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    void markImported(long batchId) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        Connection connection = DriverManager.getConnection(url, props);  // expect: jdbc-resource-leak "`Connection` from `getConnection()`"
        try (PreparedStatement ps = connection.prepareStatement(MARK_IMPORTED)) {
            ps.setLong(1, batchId);
            ps.executeUpdate();
        }
    }
}
