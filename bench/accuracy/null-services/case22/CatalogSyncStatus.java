package nulls.case22;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Health of the nightly catalog synchronisation with the ERP, shown on the admin dashboard.
 */
@Component
public class CatalogSyncStatus {

    private static final Duration STALE_AFTER = Duration.ofHours(26);

    public record Status(String health, @Nullable String lastSync, @Nullable String lastError) {
    }

    private final Clock clock;

    private volatile @Nullable Instant lastSuccessfulSync;

    @Nullable
    private volatile String lastError;

    public CatalogSyncStatus(Clock clock) {
        this.clock = clock;
    }

    public void recordSuccess() {
        this.lastSuccessfulSync = clock.instant();
        this.lastError = null;
    }

    public void recordFailure(String error) {
        this.lastError = error;
    }

    public Status status() {
        Instant last = this.lastSuccessfulSync;
        if (last == null) {
            return new Status("NEVER", null, lastError);
        }
        Duration age = Duration.between(last, clock.instant());
        String health = age.compareTo(STALE_AFTER) > 0 ? "STALE" : "OK";
        return new Status(health, last.toString(), lastError);
    }

    public boolean lastErrorMentions(String text) {
        String error = lastError;
        return error != null && error.contains(text);
    }
}
