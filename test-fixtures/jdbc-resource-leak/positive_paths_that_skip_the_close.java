// Resources left open on one path only: an early return before the try that closes, a branch that closes and one that does not, a statement overwritten in a loop before it is closed, a close after a statement that may throw, and a var holder.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

class AccountMaintenance {

    private final DataSource dataSource;

    AccountMaintenance(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    int countActive(boolean cached, int cachedCount) throws SQLException {
        Connection connection = dataSource.getConnection(); // expect: jdbc-resource-leak "`Connection` from `getConnection()`"
        if (cached) {
            return cachedCount;
        }
        try {
            try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM accounts WHERE active");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } finally {
            connection.close();
        }
    }

    void archive(boolean dryRun) throws SQLException {
        Connection connection = dataSource.getConnection(); // expect: jdbc-resource-leak "`Connection`"
        if (dryRun) {
            connection.close();
            return;
        }
        connection.setAutoCommit(false);
    }

    void tagAll(Connection connection, List<String> names) throws SQLException {
        PreparedStatement ps = null;
        try {
            for (String name : names) {
                ps = connection.prepareStatement("INSERT INTO tags (name) VALUES (?)"); // expect: jdbc-resource-leak "`PreparedStatement` from `prepareStatement()`"
                ps.setString(1, name);
                ps.executeUpdate();
            }
        } finally {
            if (ps != null) {
                ps.close();
            }
        }
    }

    void purgeSessions() throws SQLException {
        Connection connection = dataSource.getConnection(); // expect: jdbc-resource-leak "`Connection`"
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM sessions WHERE expired")) {
            ps.executeUpdate();
        }
        connection.close();
    }

    void touch(long id) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            var ps = connection.prepareStatement("UPDATE accounts SET seen_at = now() WHERE id = ?"); // expect: jdbc-resource-leak "`PreparedStatement`"
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}
