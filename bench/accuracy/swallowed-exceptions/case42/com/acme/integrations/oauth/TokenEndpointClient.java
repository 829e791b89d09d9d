package com.acme.integrations.oauth;

import java.time.Instant;

public interface TokenEndpointClient {

    record TokenResponse(String accessToken, String refreshToken, Instant expiresAt) {
    }

    TokenResponse refresh(String clientId, String refreshToken);
}
