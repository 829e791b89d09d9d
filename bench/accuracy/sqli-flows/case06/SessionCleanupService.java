package eval5.case06;

import java.sql.Connection;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class SessionCleanupService {

    private static final Logger log = LoggerFactory.getLogger(SessionCleanupService.class);

    private final JdbcTemplate jdbcTemplate;

    public SessionCleanupService(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public int purgeIdleBefore(String cutoff) {
        String sql = "DELETE FROM web_sessions WHERE last_access < TIMESTAMP '" + cutoff + "'";
        Integer removed = jdbcTemplate.execute((Connection c) -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate(sql); // sink
            }
        });
        log.info("purged {} sessions idle since before {}", removed, cutoff);
        return removed == null ? 0 : removed;
    }
}
