package com.acme.integrations.oauth;

import java.time.Instant;
import java.util.List;

public interface PartnerCredentialStore {

    record Credential(String clientId, String refreshToken, Instant expiresAt) {
    }

    List<Credential> expiringBefore(Instant threshold);

    void update(String clientId, String accessToken, String refreshToken, Instant expiresAt);
}
