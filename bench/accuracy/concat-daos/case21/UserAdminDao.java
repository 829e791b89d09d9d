package concat.case21;

import java.util.Collection;
import java.util.Collections;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class UserAdminDao {
    private final JdbcTemplate jdbcTemplate;

    public UserAdminDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public int deactivate(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return 0;
        }
        String placeholders = String.join(",", Collections.nCopies(userIds.size(), "?"));
        String sql = "UPDATE users SET active = false, deactivated_at = now() WHERE id IN (" + placeholders + ")";
        return jdbcTemplate.update(sql, userIds.toArray()); // sink
    }

    public int purgeDeactivated() {
        return jdbcTemplate.update("DELETE FROM users WHERE active = false AND deactivated_at < now() - interval '90 days'");
    }
}
