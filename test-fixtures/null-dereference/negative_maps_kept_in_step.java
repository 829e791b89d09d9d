// Two maps of a class that one method fills together: a key checked with containsKey on one, by an early return or an enclosing if, is there in the other.
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

class ConnectorRegistry {

    interface Connector {
        void stop();
    }

    private final Map<URI, Connector> connectors = new HashMap<>();
    private final Map<URI, Integer> references = new HashMap<>();
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<String, AtomicLong> counters = new HashMap<>();

    void add(URI uri, Connector connector) {
        connectors.put(uri, connector);
        references.put(uri, 1);
    }

    void remember(String acl, long id) {
        ids.put(acl, id);
        counters.put(acl, new AtomicLong(1));
    }

    void release(URI uri) {
        if (!connectors.containsKey(uri)) {
            System.out.println("not registered: " + uri);
            return;
        }
        int left = references.get(uri) - 1;
        references.put(uri, left);
    }

    long decrement(String acl) {
        if (ids.containsKey(acl)) {
            return counters.get(acl).decrementAndGet();
        }
        return 0;
    }
}
