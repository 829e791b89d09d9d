package leak.case58;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

public class UsernameAvailabilityDao {

    private static final String EXISTS_BY_USERNAME =
            "SELECT 1 FROM users WHERE username = ?";

    private final DataSource dataSource;

    public UsernameAvailabilityDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean isAvailable(String username) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(EXISTS_BY_USERNAME)) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return !rs.next();
            }
        }
    }
}
