// Java 9 try-with-resources on effectively final locals acquired just before: try (connection), try (connection; PreparedStatement ps = ..).
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

class TenantSchemaDao {

    private static final String COUNT_USERS = "SELECT count(id) FROM users";
    private static final String DEACTIVATE = "UPDATE users SET active = false WHERE id = ?";

    private final DataSource dataSource;

    TenantSchemaDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    int countUsers(String tenantSchema) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (connection) {
            connection.setSchema(tenantSchema);
            try (PreparedStatement ps = connection.prepareStatement(COUNT_USERS);
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    void deactivate(String tenantSchema, long userId) throws SQLException {
        final Connection connection = dataSource.getConnection();
        try (connection; PreparedStatement ps = connection.prepareStatement(DEACTIVATE)) {
            connection.setSchema(tenantSchema);
            ps.setLong(1, userId);
            ps.executeUpdate();
        }
    }
}
