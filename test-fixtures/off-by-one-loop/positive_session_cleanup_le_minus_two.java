// A scheduled session cleanup that deletes expired sessions with `i <= expired.size() - 2`, so one expired session always survives.
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

record UserSession(String id, String username, Instant expiresAt) {
}

interface UserSessionStore {

    List<UserSession> findExpiredBefore(Instant cutoff);

    void delete(String sessionId);
}

@Component
class SessionCleanupJob {

    private static final Logger log = LoggerFactory.getLogger(SessionCleanupJob.class);

    private final UserSessionStore store;

    SessionCleanupJob(UserSessionStore store) {
        this.store = store;
    }

    @Scheduled(fixedRateString = "PT15M")
    public void purgeExpired() {
        List<UserSession> expired = store.findExpiredBefore(Instant.now());
        for (int i = 0; i <= expired.size() - 2; i++) { // expect: off-by-one-loop "last element"
            store.delete(expired.get(i).id());
        }
        log.info("Purged {} expired sessions", expired.size());
    }
}
