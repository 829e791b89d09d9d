// A scheduled session purge that catches Throwable and logs only a fixed message so the scheduler keeps running.
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
class ExpiredSessionPurger {

    private static final Logger log = LoggerFactory.getLogger(ExpiredSessionPurger.class);

    private final JdbcTemplate jdbcTemplate;

    ExpiredSessionPurger(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Scheduled(cron = "0 0 3 * * *")
    void purgeExpiredSessions() {
        try {
            int removed = jdbcTemplate.update("DELETE FROM user_session WHERE expires_at < now()");
            log.info("Removed {} expired sessions", removed);
        } catch (Throwable t) { // expect: swallowed-exception "Throwable"
            log.error("Session purge failed");
        }
    }
}
