package com.medibook.security;

import java.time.Instant;
import java.util.Set;

public interface TokenVerifier {

    VerifiedToken verify(String token) throws InvalidTokenException;

    record VerifiedToken(String subject, Set<String> scopes, Instant expiresAt) {

        public static final String REQUEST_ATTRIBUTE = VerifiedToken.class.getName();
    }

    class InvalidTokenException extends Exception {

        private static final long serialVersionUID = 1L;

        public InvalidTokenException(String message) {
            super(message);
        }

        public InvalidTokenException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
