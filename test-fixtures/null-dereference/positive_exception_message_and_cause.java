// Throwable.getMessage dereferenced without a check when translating persistence failures is reported; getCause is not a source.
import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

class SignupDao {

    private static final Logger log = LoggerFactory.getLogger(SignupDao.class);

    private final JdbcTemplate jdbcTemplate;

    SignupDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    boolean register(String email, String passwordHash) {
        try {
            jdbcTemplate.update("INSERT INTO signups (email, password_hash) VALUES (?, ?)", email, passwordHash);
            return true;
        } catch (RuntimeException e) {
            if (e.getMessage().contains("signups_email_key")) {  // expect: null-dereference "getMessage("
                log.info("duplicate signup for {}", email);
                return false;
            }
            Throwable cause = e.getCause();
            String state = ((SQLException) cause).getSQLState();
            log.warn("signup failed with SQL state {}", state);
            throw e;
        }
    }

    String rootReason(RuntimeException failure) {
        return failure.getCause().getMessage();
    }
}
