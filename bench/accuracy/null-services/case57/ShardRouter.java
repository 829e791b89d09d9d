package nulls.case57;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.zip.CRC32;

import org.springframework.stereotype.Component;

/**
 * Consistent-hash ring that maps cache keys to the cache nodes currently registered.
 */
@Component
public class ShardRouter {

    private static final int VIRTUAL_NODES = 64;

    private final NavigableMap<Long, String> ring = new ConcurrentSkipListMap<>();

    public void register(String node) {
        for (int i = 0; i < VIRTUAL_NODES; i++) {
            ring.put(hash(node + "#" + i), node);
        }
    }

    public void deregister(String node) {
        ring.values().removeIf(node::equals);
    }

    public List<String> nodes() {
        return ring.values().stream().distinct().toList();
    }

    public String nodeFor(String key) {
        Map.Entry<Long, String> entry = ring.ceilingEntry(hash(key));
        if (entry == null) {
            entry = ring.firstEntry();
        }
        return entry.getValue(); // deref
    }

    private static long hash(String value) {
        CRC32 crc = new CRC32();
        crc.update(value.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
