// Queue.poll and Queue.peek dereferenced without a check: what a queue of the program holds is the program's state, and poll and peek are not sources.
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

class RefreshDispatcher {

    record PendingRefresh(String sku, Instant requestedAt) {
    }

    private final Queue<PendingRefresh> refreshQueue = new ConcurrentLinkedQueue<>();
    private final Deque<String> recentlyViewed = new ArrayDeque<>();
    private final Queue<Object> tenantLocks = new ConcurrentLinkedQueue<>();

    String nextSkuToRefresh() {
        return refreshQueue.poll().sku();
    }

    boolean lastViewedIs(String sku) {
        return recentlyViewed.peek().equals(sku);
    }

    void runExclusively(Runnable work) {
        Object lock = tenantLocks.peek();
        synchronized (lock) {
            work.run();
        }
    }
}
