// Checks written the wrong way round: get() in the branch where the Optional is empty (isEmpty true, isPresent false), in an if and in a ternary.
import java.time.Duration;
import java.util.Optional;

class SessionTimeoutResolver {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    Duration timeout(Optional<Duration> configured) {
        if (configured.isEmpty()) {
            return configured.get().plusMinutes(5);  // expect: optional-get-unchecked "`configured."
        }
        return DEFAULT_TIMEOUT;
    }

    Duration idleTimeout(Optional<Duration> configured) {
        return configured.isPresent() ? DEFAULT_TIMEOUT : configured.get();  // expect: optional-get-unchecked "`configured."
    }

    Duration absoluteTimeout(Optional<Duration> configured) {
        if (!configured.isPresent()) {
            Duration base = configured.get();  // expect: optional-get-unchecked "`configured."
            return base.multipliedBy(8);
        }
        return DEFAULT_TIMEOUT.multipliedBy(8);
    }
}
