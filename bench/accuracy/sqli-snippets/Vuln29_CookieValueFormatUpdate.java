package eval.c29;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Vuln29_CookieValueFormatUpdate {

    private final JdbcTemplate jdbcTemplate;

    public Vuln29_CookieValueFormatUpdate(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @PostMapping("/api/session/touch")
    public int touch(@CookieValue(name = "SESSION_ID", defaultValue = "") String sessionId) {
        String sql = String.format("UPDATE sessions SET last_seen = CURRENT_TIMESTAMP WHERE token = '%s'", sessionId);
        return jdbcTemplate.update(sql); // sink
    }
}
