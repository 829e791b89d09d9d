// SELECT * in plain string literals passed to JdbcTemplate / NamedParameterJdbcTemplate by a DAO.
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class UserJdbcDao {

    record UserRow(long id, String email, String displayName, Instant createdAt) {}

    private final JdbcTemplate jdbcTemplate;
    private final NamedParameterJdbcTemplate namedJdbc;

    UserJdbcDao(JdbcTemplate jdbcTemplate, NamedParameterJdbcTemplate namedJdbc) {
        this.jdbcTemplate = jdbcTemplate;
        this.namedJdbc = namedJdbc;
    }

    Optional<UserRow> findById(long id) {
        List<UserRow> rows = jdbcTemplate.query("SELECT * FROM users WHERE id = ?", this::mapUser, id);  // expect: select-star "`users`"
        return rows.stream().findFirst();
    }

    List<UserRow> findNewest(int limit) {
        return jdbcTemplate.query("SELECT * FROM users ORDER BY created_at DESC LIMIT ?", this::mapUser, limit);  // expect: select-star "`users`"
    }

    List<UserRow> findByTenant(String tenantId) {
        MapSqlParameterSource params = new MapSqlParameterSource("tenantId", tenantId);
        return namedJdbc.query("SELECT * FROM users WHERE tenant_id = :tenantId", params, this::mapUser);  // expect: select-star "`users`"
    }

    // Admin "raw row" view; the table name is checked against an allow-list by the caller.
    Map<String, Object> loadRawRow(String table, long id) {
        return jdbcTemplate.queryForMap("SELECT * FROM " + table + " WHERE id = ?", id);  // expect: select-star "reads every column;"
    }

    private UserRow mapUser(ResultSet rs, int rowNum) throws SQLException {
        return new UserRow(
                rs.getLong("id"),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getTimestamp("created_at").toInstant());
    }
}
