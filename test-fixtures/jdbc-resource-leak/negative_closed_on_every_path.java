// Resources closed or handed on along every path: a close before each early return, null checks in finally, a resource returned on one path and closed on the other, a close after a labelled break out of nested loops, and a var holder in try-with-resources.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

class LedgerMaintenance {

    private final DataSource dataSource;

    LedgerMaintenance(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    int pending(boolean fast) throws SQLException {
        Connection connection = dataSource.getConnection();
        if (fast) {
            connection.close();
            return 0;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM ledger WHERE pending");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } finally {
            connection.close();
        }
    }

    void settle(long id) throws SQLException {
        Connection connection = null;
        PreparedStatement ps = null;
        try {
            connection = dataSource.getConnection();
            ps = connection.prepareStatement("UPDATE ledger SET pending = false WHERE id = ?");
            ps.setLong(1, id);
            ps.executeUpdate();
        } finally {
            if (ps != null) {
                ps.close();
            }
            if (connection != null) {
                connection.close();
            }
        }
    }

    Connection openForExport(boolean wanted) throws SQLException {
        Connection connection = dataSource.getConnection();
        if (wanted) {
            return connection;
        }
        connection.close();
        return null;
    }

    void markFirstEmpty(List<List<String>> batches) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            batches:
            for (List<String> batch : batches) {
                for (String entry : batch) {
                    if (entry.isEmpty()) {
                        break batches;
                    }
                }
            }
        } finally {
            connection.close();
        }
    }

    long lastId() throws SQLException {
        try (var connection = dataSource.getConnection();
             var ps = connection.prepareStatement("SELECT MAX(id) FROM ledger");
             var rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }
}
