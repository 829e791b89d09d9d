// Fields annotated with Spring's @Nullable dereferenced without a check: a method chain on one field, a call on another read through `this`.
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
        return lastSuccessfulSync.plus(interval).isBefore(now);  // expect: null-dereference "`lastSuccessfulSync`"
    }

    String conditionalHeader() {
        return "W/" + this.etag.replace("\"", "");  // expect: null-dereference "`etag`"
    }

    void recordSuccess(Instant at, String newEtag) {
        this.lastSuccessfulSync = at;
        this.etag = newEtag;
    }
}
