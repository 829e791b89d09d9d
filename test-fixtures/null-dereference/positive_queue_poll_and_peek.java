// Queue.poll and Queue.peek (ConcurrentLinkedQueue, ArrayDeque) dereferenced without a check, in a method call and a synchronized block of a job dispatcher.
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
        return refreshQueue.poll().sku();  // expect: null-dereference "poll("
    }

    boolean lastViewedIs(String sku) {
        return recentlyViewed.peek().equals(sku);  // expect: null-dereference "peek("
    }

    void runExclusively(Runnable work) {
        Object lock = tenantLocks.peek();
        synchronized (lock) {  // expect: null-dereference "peek("
            work.run();
        }
    }
}
