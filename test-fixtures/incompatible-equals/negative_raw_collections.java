// Legacy import code with raw Map/List types (no element type) queried with Strings and Longs.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@SuppressWarnings({"rawtypes", "unchecked"})
class LegacyOrderImport {

    private final Map legacyById = new HashMap();
    private final List processedIds = new ArrayList();

    void load(String id, Object record) {
        legacyById.put(id, record);
    }

    Object find(String id) {
        return legacyById.get(id);
    }

    boolean processed(Long id) {
        return processedIds.contains(id);
    }

    void markProcessed(Long id) {
        processedIds.add(id);
    }

    void forget(String id) {
        legacyById.remove(id);
        processedIds.remove(id);
    }
}
