package concat.case03;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class UserAccountDao {
    private static final RowMapper<UserAccount> MAPPER = (rs, i) -> new UserAccount(
            rs.getLong("id"), rs.getString("username"), rs.getString("email"));

    private final JdbcTemplate jdbcTemplate;

    public UserAccountDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public Optional<UserAccount> findByUsername(String username) {
        String sql = "SELECT id, username, email FROM users WHERE username = '" + username + "'";
        List<UserAccount> users = jdbcTemplate.query(sql, MAPPER); // sink
        return users.stream().findFirst();
    }

    public int countAll() {
        Integer n = jdbcTemplate.queryForObject("SELECT count(*) FROM users", Integer.class);
        return n == null ? 0 : n;
    }

    public record UserAccount(long id, String username, String email) {
    }
}
