// SELECT * written in lower or mixed case, with extra spaces, newlines or tabs between the keywords.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

class AuditTrailDao {

    private final JdbcTemplate jdbcTemplate;

    AuditTrailDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Map<String, Object>> eventsByActor(long actorId) {
        return jdbcTemplate.queryForList(
                "select * from audit_log where actor_id = ? order by occurred_at desc", actorId);  // expect: select-star "`audit_log`"
    }

    List<Map<String, Object>> sessionsOf(long userId) {
        return jdbcTemplate.queryForList("Select  *   From  login_sessions  Where user_id = ?", userId);  // expect: select-star "`login_sessions`"
    }

    List<Map<String, Object>> paymentEvents(String paymentId) {
        return jdbcTemplate.queryForList("SELECT\n    *\nFROM payment_events\nWHERE payment_id = ?", paymentId);  // expect: select-star "`payment_events`"
    }

    List<Map<String, Object>> featureFlags() {
        return jdbcTemplate.queryForList("select\t*\tfrom\tfeature_flags");  // expect: select-star "`feature_flags`"
    }
}
