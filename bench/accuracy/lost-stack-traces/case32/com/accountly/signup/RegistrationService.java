package com.accountly.signup;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class RegistrationService {

    private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);
    private static final String EMAIL_CONSTRAINT = "uk_user_account_email";

    private final UserAccountRepository accounts;

    public RegistrationService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public UserAccount register(String email, String passwordHash) {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        try {
            return accounts.saveAndFlush(new UserAccount(normalized, passwordHash));
        } catch (DataIntegrityViolationException e) {
            String detail = String.valueOf(e.getMostSpecificCause().getMessage());
            if (detail.contains(EMAIL_CONSTRAINT)) {
                log.info("Registration rejected, address already in use: {}", normalized);
                throw new DuplicateEmailException(normalized, e);
            }
            throw e;
        }
    }

    public static class DuplicateEmailException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public DuplicateEmailException(String email, Throwable cause) {
            super("An account for " + email + " already exists", cause);
        }
    }
}
