// Static fields every write of which holds the same lock: writes in synchronized (FeatureToggleRegistry.class) blocks across methods, a lazy instance made in a static synchronized getInstance and replaced in synchronized (GeoIpDatabase.class) (the same monitor), a static ReentrantLock held around every write, and a StringBuilder appended and reset only inside synchronized (MONITOR).
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

@Component
class FeatureToggleRegistry {

    private static final Map<String, Boolean> TOGGLES = new HashMap<>();
    private static Instant lastChange = Instant.EPOCH;

    void enable(String feature) {
        synchronized (FeatureToggleRegistry.class) {
            TOGGLES.put(feature, true);
            lastChange = Instant.now();
        }
    }

    void disable(String feature) {
        synchronized (FeatureToggleRegistry.class) {
            TOGGLES.remove(feature);
            lastChange = Instant.now();
        }
    }

    boolean enabled(String feature) {
        synchronized (FeatureToggleRegistry.class) {
            return TOGGLES.getOrDefault(feature, false);
        }
    }
}

final class GeoIpDatabase {

    private static GeoIpDatabase instance;

    private final String version;

    private GeoIpDatabase(String version) {
        this.version = version;
    }

    static synchronized GeoIpDatabase getInstance() {
        if (instance == null) {
            instance = new GeoIpDatabase("bundled");
        }
        return instance;
    }

    static void reload(String version) {
        var fresh = new GeoIpDatabase(version);
        synchronized (GeoIpDatabase.class) {
            instance = fresh;
        }
    }

    String version() {
        return version;
    }
}

final class CreditNoteNumbers {

    private static final ReentrantLock LOCK = new ReentrantLock();
    private static long next = 1;
    private static final Deque<Long> RELEASED = new ArrayDeque<>();

    private CreditNoteNumbers() {
    }

    static long take() {
        LOCK.lock();
        try {
            Long reused = RELEASED.pollFirst();
            return reused != null ? reused : next++;
        } finally {
            LOCK.unlock();
        }
    }

    static void release(long number) {
        LOCK.lock();
        try {
            RELEASED.addLast(number);
        } finally {
            LOCK.unlock();
        }
    }
}

@Component
class SmtpTranscript {

    private static final Object MONITOR = new Object();
    private static final StringBuilder TRANSCRIPT = new StringBuilder();

    void record(String command, int replyCode) {
        synchronized (MONITOR) {
            TRANSCRIPT.append(command).append(" -> ").append(replyCode).append('\n');
        }
    }

    String drain() {
        synchronized (MONITOR) {
            String text = TRANSCRIPT.toString();
            TRANSCRIPT.setLength(0);
            return text;
        }
    }
}
