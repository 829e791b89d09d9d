// Fields annotated @Nullable dereferenced without a check: when such a field is set is the object's life cycle, which the methods that read it know, so a field declared @Nullable is not a source.
import java.time.Duration;
import java.time.Instant;

import org.springframework.lang.Nullable;

class CatalogSyncJob {

    @Nullable
    private Instant lastSuccessfulSync;

    @Nullable
    private String etag;

    private final Duration interval = Duration.ofMinutes(15);

    boolean due(Instant now) {
        return lastSuccessfulSync.plus(interval).isBefore(now);
    }

    String conditionalHeader() {
        return "W/" + this.etag.replace("\"", "");
    }

    void recordSuccess(Instant at, String newEtag) {
        this.lastSuccessfulSync = at;
        this.etag = newEtag;
    }
}
