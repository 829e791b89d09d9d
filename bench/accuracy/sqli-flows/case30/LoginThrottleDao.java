package eval5.case30;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class LoginThrottleDao {

    @Resource(lookup = "java:app/jdbc/auth")
    DataSource dataSource;

    public int recentFailures(String clientIp, int minutes) throws SQLException {
        String sql = "SELECT count(*) FROM login_attempts WHERE client_ip = '" + clientIp + "'"
                + " AND succeeded = FALSE AND attempted_at > CURRENT_TIMESTAMP - (? * INTERVAL '1 minute')";
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(sql)) { // sink
            ps.setInt(1, minutes);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
