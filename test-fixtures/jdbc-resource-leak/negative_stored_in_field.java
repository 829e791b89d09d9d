// Resources stored in fields of a long-lived holder that closes them in its own close(): ownership moves to the object.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

final class ExportSession implements AutoCloseable {

    private static final String FIND_ROW = "SELECT payload FROM export_rows WHERE id = ?";
    private static final String ALL_IDS = "SELECT id FROM export_rows ORDER BY id";

    private final Connection connection;
    private PreparedStatement findRow;
    private Statement scan;
    private ResultSet cursor;

    ExportSession(DataSource dataSource) throws SQLException {
        this.connection = dataSource.getConnection();
    }

    PreparedStatement findRow() throws SQLException {
        if (findRow == null) {
            findRow = connection.prepareStatement(FIND_ROW);
        }
        return findRow;
    }

    boolean nextId() throws SQLException {
        if (cursor == null) {
            scan = connection.createStatement();
            cursor = scan.executeQuery(ALL_IDS);
        }
        return cursor.next();
    }

    @Override
    public void close() throws SQLException {
        try {
            if (cursor != null) {
                cursor.close();
            }
            if (scan != null) {
                scan.close();
            }
            if (findRow != null) {
                findRow.close();
            }
        } finally {
            connection.close();
        }
    }
}

class LazyTargetConnectionHolder {

    private final javax.sql.DataSource dataSource;
    private final String username;
    private final String password;
    private java.sql.Connection target;

    LazyTargetConnectionHolder(javax.sql.DataSource dataSource, String username, String password) {
        this.dataSource = dataSource;
        this.username = username;
        this.password = password;
    }

    java.sql.Connection target() throws java.sql.SQLException {
        if (this.target == null) {
            this.target = (this.username != null ? dataSource.getConnection(this.username, this.password)
                    : dataSource.getConnection());
        }
        return this.target;
    }
}
