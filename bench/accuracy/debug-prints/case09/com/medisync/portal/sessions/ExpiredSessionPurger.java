package com.medisync.portal.sessions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

@Component
public class ExpiredSessionPurger {

    private static final Logger log = LoggerFactory.getLogger(ExpiredSessionPurger.class);
    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);

    private final SessionStore store;
    private final Clock clock;

    public ExpiredSessionPurger(SessionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portal.sessions.purge-interval-ms:300000}")
    public void purge() {
        Instant cutoff = clock.instant().minus(IDLE_TIMEOUT);
        List<PortalSession> expired = store.findIdleSince(cutoff);
        expired.forEach(session -> {
            store.delete(session.id());
            System.out.println("Purged session " + session.id() + " of user " + session.userId());
        });
        if (!expired.isEmpty()) {
            log.info("Purged {} portal sessions idle since {}", expired.size(), cutoff);
        }
    }
}
