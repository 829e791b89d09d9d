package stars.case07;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class EmailAvailabilityService {

    private final JdbcTemplate jdbcTemplate;

    public EmailAvailabilityService(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public boolean isTaken(String email) {
        Boolean taken = jdbcTemplate.queryForObject(
                "SELECT EXISTS (SELECT * FROM users WHERE lower(email) = lower(?))",
                Boolean.class, email);
        return Boolean.TRUE.equals(taken);
    }
}
