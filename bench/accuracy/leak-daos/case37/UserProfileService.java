package leak.case37;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

public class UserProfileService {

    private static final String FIND_USER =
            "SELECT id, username, display_name, email FROM users WHERE id = ?";
    private static final String FIND_ROLES =
            "SELECT r.name FROM roles r JOIN user_roles ur ON ur.role_id = r.id WHERE ur.user_id = ?";

    private final DataSource dataSource;

    public UserProfileService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public UserProfile loadProfile(long userId) throws SQLException {
        Connection conn = dataSource.getConnection(); // leak
        User user = loadUser(conn, userId);
        List<String> roles = loadRoles(conn, userId);
        return new UserProfile(user, roles);
    }

    private User loadUser(Connection conn, long userId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(FIND_USER)) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("User " + userId + " not found");
                }
                return new User(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("email"));
            }
        }
    }

    private List<String> loadRoles(Connection conn, long userId) throws SQLException {
        List<String> roles = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(FIND_ROLES)) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    roles.add(rs.getString(1));
                }
            }
        }
        return roles;
    }

    public record User(long id, String username, String displayName, String email) {
    }

    public record UserProfile(User user, List<String> roles) {
    }
}
