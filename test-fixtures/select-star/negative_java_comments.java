// SELECT * mentioned only in Java line, block and Javadoc comments around queries that name their columns.
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class PasswordResetDao {

    private final JdbcTemplate jdbcTemplate;

    PasswordResetDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    /**
     * Loads the user a reset token belongs to. This used to be SELECT * FROM users, which also
     * returned password_hash to every caller; keep the column list explicit.
     */
    Map<String, Object> userForToken(String token) {
        // SELECT * FROM users u JOIN password_resets r ... was too wide, see the Javadoc above.
        return jdbcTemplate.queryForMap(
                "SELECT u.id, u.email FROM users u JOIN password_resets r ON r.user_id = u.id WHERE r.token = ?",
                token);
    }

    /* Same for the audit row: select r.* from password_resets r would expose the raw token. */
    Map<String, Object> resetAudit(long resetId) {
        return jdbcTemplate.queryForMap(
                "SELECT r.id, r.user_id, r.requested_at FROM password_resets r WHERE r.id = ?", resetId);
    }
}
