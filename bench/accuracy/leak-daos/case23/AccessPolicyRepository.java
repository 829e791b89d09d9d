package leak.case23;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

public class AccessPolicyRepository {

    private static final String FIND_GRANT =
            "SELECT permission, expires_at FROM access_grants WHERE principal = ? AND resource_id = ?";

    private final DataSource dataSource;

    public AccessPolicyRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Decision decide(String principal, long resourceId, String requestedPermission) throws SQLException {
        if (principal == null || principal.isBlank()) {
            return Decision.DENY;
        }
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(FIND_GRANT)) {
            ps.setString(1, principal);
            ps.setLong(2, resourceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getTimestamp("expires_at") != null
                            && rs.getTimestamp("expires_at").toInstant().isBefore(java.time.Instant.now())) {
                        continue;
                    }
                    String permission = rs.getString("permission");
                    if ("ADMIN".equals(permission)) {
                        return Decision.ALLOW;
                    }
                    if (requestedPermission.equals(permission)) {
                        return Decision.ALLOW;
                    }
                }
                return Decision.DENY;
            }
        }
    }

    public enum Decision { ALLOW, DENY }
}
