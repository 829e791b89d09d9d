// Bulkhead for calls to downstream hosts: at most a fixed number of concurrent calls per host,
// shared by every client of the application through static helpers.
package checkthenact.case31;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

public final class DownstreamBulkhead {

    private static final int MAX_CONCURRENT_CALLS_PER_HOST = 20;
    private static final Map<String, Semaphore> PERMITS = new ConcurrentHashMap<>();

    private DownstreamBulkhead() {
    }

    public static <T> T call(String host, Supplier<T> call) {
        var permits = permitsFor(host);
        boolean acquired;
        try {
            acquired = permits.tryAcquire(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BulkheadFullException(host);
        }
        if (!acquired) {
            throw new BulkheadFullException(host);
        }
        try {
            return call.get();
        } finally {
            permits.release();
        }
    }

    public static int available(String host) {
        var permits = PERMITS.get(host);
        return permits == null ? MAX_CONCURRENT_CALLS_PER_HOST : permits.availablePermits();
    }

    private static Semaphore permitsFor(String host) {
        if (!PERMITS.containsKey(host)) { // race
            PERMITS.put(host, new Semaphore(MAX_CONCURRENT_CALLS_PER_HOST));
        }
        return PERMITS.get(host);
    }

    public static final class BulkheadFullException extends RuntimeException {

        public BulkheadFullException(String host) {
            super("too many concurrent calls to " + host);
        }
    }
}
