package eval5.case22;

import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ApiKeyDao {

    @Resource(lookup = "java:app/jdbc/gateway")
    DataSource dataSource;

    public Optional<String> ownerOf(String keyPrefix, String keyHash) throws SQLException {
        var sql = "SELECT k.owner_login FROM api_keys k WHERE k.prefix = ? AND k.key_hash = ? AND k.revoked_at IS NULL";
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement(sql)) { // sink
            statement.setString(1, keyPrefix);
            statement.setString(2, keyHash);
            try (var rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
