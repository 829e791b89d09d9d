package stars.case59;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class UserRoleDao {

    private final JdbcTemplate jdbcTemplate;

    public UserRoleDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> usersWithAnyRole(List<String> roles) {
        String placeholders = String.join(",", java.util.Collections.nCopies(roles.size(), "?"));
        return jdbcTemplate.queryForList(
                "SELECT DISTINCT u.* FROM users u JOIN user_roles r ON r.user_id = u.id " // star
                        + "WHERE r.role IN (" + placeholders + ")",
                roles.toArray());
    }
}
