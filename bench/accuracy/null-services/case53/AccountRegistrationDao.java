package nulls.case53;

import java.time.Instant;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRegistrationDao {

    private static final String INSERT_ACCOUNT =
            "INSERT INTO accounts (id, email, password_hash, created_at) VALUES (?, ?, ?, ?)";

    public static class EmailAlreadyRegisteredException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public EmailAlreadyRegisteredException(String email) {
            super("e-mail already registered: " + email);
        }
    }

    private final JdbcTemplate jdbcTemplate;

    public AccountRegistrationDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public UUID insert(String email, String passwordHash) {
        UUID id = UUID.randomUUID();
        try {
            jdbcTemplate.update(INSERT_ACCOUNT, id, email, passwordHash, java.sql.Timestamp.from(Instant.now()));
        } catch (DataIntegrityViolationException e) {
            if (e.getMessage().contains("uk_accounts_email")) { // deref
                throw new EmailAlreadyRegisteredException(email);
            }
            throw e;
        }
        return id;
    }
}
