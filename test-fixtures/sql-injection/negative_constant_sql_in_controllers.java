// Controllers that read request data but run only constant SQL: the data picks between constant queries or is bound.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HealthAndStatsController {

    private static final String ACTIVE_USERS = "SELECT COUNT(id) FROM users WHERE active = true";
    private static final String ALL_USERS = "SELECT COUNT(id) FROM users";

    private final JdbcTemplate jdbcTemplate;

    HealthAndStatsController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/stats/users")
    Long users(@RequestParam String status) {
        if ("active".equals(status)) {
            return jdbcTemplate.queryForObject(ACTIVE_USERS, Long.class);
        }
        return jdbcTemplate.queryForObject(ALL_USERS, Long.class);
    }

    @GetMapping("/stats/health")
    Integer health(@RequestHeader("X-Probe") String probe) {
        return jdbcTemplate.queryForObject("SELECT 1", Integer.class);
    }

    @GetMapping("/stats/users/{login}")
    List<Map<String, Object>> user(@PathVariable String login) {
        final String table = "users";
        return jdbcTemplate.queryForList("SELECT id, login FROM " + table + " WHERE login = ?", login);
    }
}
