// A plain JDBC audit writer using try-with-resources whose SQLException catch is empty.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.stereotype.Repository;

@Repository
class LoginAuditWriter {

    private final DataSource dataSource;

    LoginAuditWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void recordLogin(String username, Instant at, String ip) {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(
                     "INSERT INTO login_audit(username, login_at, ip) VALUES (?, ?, ?)")) {
            ps.setString(1, username);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setString(3, ip);
            ps.executeUpdate();
        } catch (SQLException e) { // expect: swallowed-exception "SQLException"
        }
    }
}
