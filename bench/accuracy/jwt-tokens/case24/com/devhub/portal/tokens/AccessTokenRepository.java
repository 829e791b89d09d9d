package com.devhub.portal.tokens;

import java.time.Instant;

public interface AccessTokenRepository {

    void save(TokenRecord token);

    record TokenRecord(String id, String developerId, String label, Instant expiresAt) {
    }
}
