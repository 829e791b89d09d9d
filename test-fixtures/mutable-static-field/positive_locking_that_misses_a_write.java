// Static fields whose writes do not all hold one lock: a synchronized static method and a synchronized instance method (two monitors), a synchronized (LOCK) block in the writer but not in the scheduled eviction, a ReentrantLock held by next() but not by reset(), and a volatile timestamp assigned computed values.
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

@Component
class PartnerApiRateLimiter {

    private static int tokens = 50; // expect: mutable-static-field "`tokens`"

    static synchronized boolean tryAcquire() {
        if (tokens == 0) {
            return false;
        }
        tokens--;
        return true;
    }

    @Scheduled(fixedRate = 1_000)
    synchronized void refill() {
        tokens = 50;
    }
}

@Service
class RenderedReportCache {

    private static final Object LOCK = new Object();
    private static final Map<String, byte[]> REPORTS = new HashMap<>(); // expect: mutable-static-field "`REPORTS`"

    byte[] render(String reportId) {
        synchronized (LOCK) {
            return REPORTS.computeIfAbsent(reportId, id -> ("report " + id).getBytes());
        }
    }

    @Scheduled(cron = "0 0 * * * *")
    void evictAll() {
        REPORTS.clear();
    }
}

final class ExportFileSequence {

    private static final ReentrantLock LOCK = new ReentrantLock();
    private static long nextId = 1; // expect: mutable-static-field "`nextId`"

    private ExportFileSequence() {
    }

    static String nextFileName() {
        LOCK.lock();
        try {
            return "export-%06d.csv".formatted(nextId++);
        } finally {
            LOCK.unlock();
        }
    }

    static void reset(long start) {
        nextId = start;
    }
}

@Component
class UpstreamHealthTracker {

    private static volatile long lastSuccessMillis; // expect: mutable-static-field "`lastSuccessMillis`"

    void recordSuccess() {
        lastSuccessMillis = System.currentTimeMillis();
    }

    boolean healthy() {
        return System.currentTimeMillis() - lastSuccessMillis < 60_000;
    }
}
