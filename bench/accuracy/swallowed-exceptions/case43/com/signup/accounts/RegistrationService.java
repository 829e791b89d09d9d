package com.signup.accounts;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class RegistrationService {

    private final JdbcTemplate jdbc;
    private final PasswordHasher hasher;
    private final AtomicLong duplicateAttempts = new AtomicLong();

    public RegistrationService(JdbcTemplate jdbc, PasswordHasher hasher) {
        this.jdbc = jdbc;
        this.hasher = hasher;
    }

    @Transactional
    public void register(String email, char[] password) {
        String normalized = email.trim().toLowerCase();
        try {
            jdbc.update("INSERT INTO account (email, password_hash, created_at) VALUES (?, ?, CURRENT_TIMESTAMP)",
                    normalized, hasher.hash(password));
        } catch (DuplicateKeyException e) {
            duplicateAttempts.incrementAndGet();
            throw e;
        }
    }

    public long duplicateAttempts() {
        return duplicateAttempts.get();
    }
}
