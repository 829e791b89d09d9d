// Checks that look like guards but do not prove the value present: a derived local tested for the wrong value, and a helper that tests another argument. Lines without an expectation read queues and counters of the program, which are not sources.
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.lang.Nullable;

class ClickCounter {

    record Click(String page) {
    }

    private final Queue<Click> inbox = new ConcurrentLinkedQueue<>();
    private final Map<String, Integer> counts = new HashMap<>();

    void flushOne() {
        if (this.inbox.isEmpty()) {
            return;
        }
        Click click = this.inbox.poll();
        record(click.page());
    }

    void record(String page) {
        int seen = this.counts.get(page);
        this.counts.put(page, seen + 1);
    }

    int width(String name) {
        String raw = System.getenv(name);
        int pos = (raw != null ? raw.indexOf(',') : -1);
        if (pos == 0) {
            return raw.length();  // expect: null-dereference "System.getenv(name)"
        }
        return 0;
    }

    @Nullable
    String prefixed(@Nullable String prefix, @Nullable String value) {
        if (value == null) {
            return null;
        }
        return prefix + value;
    }

    int prefixLength(String value) {
        String prefix = System.getenv("PAGE_PREFIX");
        String text = prefixed(prefix, value);
        if (text != null) {
            return prefix.length();  // expect: null-dereference "PAGE_PREFIX"
        }
        return 0;
    }
}
