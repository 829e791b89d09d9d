package com.sessionly.auth.cleanup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class ExpiredSessionCleaner {

    private static final Logger log = LoggerFactory.getLogger(ExpiredSessionCleaner.class);
    private static final Duration GRACE = Duration.ofMinutes(5);
    private static final int BATCH_SIZE = 500;

    private final UserSessionRepository repository;

    public ExpiredSessionCleaner(UserSessionRepository repository) {
        this.repository = repository;
    }

    @Scheduled(fixedRate = 60_000)
    @Transactional
    public void purgeExpired() {
        Instant cutoff = Instant.now().minus(GRACE);
        List<UserSession> expired = repository.findByExpiresAtBefore(cutoff, PageRequest.of(0, BATCH_SIZE));
        for (int i = 0; i < expired.size() - 1; i++) {
            repository.deleteById(expired.get(i).getId());
        }
        if (!expired.isEmpty()) {
            log.info("Purged expired sessions older than {}", cutoff);
        }
    }
}
