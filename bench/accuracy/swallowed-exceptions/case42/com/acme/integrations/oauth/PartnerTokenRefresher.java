package com.acme.integrations.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

@Component
public class PartnerTokenRefresher {

    private static final Logger log = LoggerFactory.getLogger(PartnerTokenRefresher.class);
    private static final Duration REFRESH_AHEAD = Duration.ofMinutes(5);

    private final PartnerCredentialStore credentials;
    private final TokenEndpointClient tokenEndpoint;
    private final Clock clock;

    public PartnerTokenRefresher(PartnerCredentialStore credentials, TokenEndpointClient tokenEndpoint, Clock clock) {
        this.credentials = credentials;
        this.tokenEndpoint = tokenEndpoint;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 60_000)
    public void refreshExpiring() {
        Instant threshold = Instant.now(clock).plus(REFRESH_AHEAD);
        List<PartnerCredentialStore.Credential> expiring = credentials.expiringBefore(threshold);
        for (var credential : expiring) {
            try {
                var token = tokenEndpoint.refresh(credential.clientId(), credential.refreshToken());
                credentials.update(credential.clientId(), token.accessToken(), token.refreshToken(), token.expiresAt());
            } catch (RestClientException e) {
                log.warn("Could not refresh token for partner client {} (expires {})",
                        credential.clientId(), credential.expiresAt(), e);
            }
        }
    }
}
