// An ETag cache that compares values obtained from Map<String, String> and its entries with ==.
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

@Component
public class EtagCache {

    private final Map<String, String> etagByPath = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> aliasByPath = new ConcurrentHashMap<>();

    public boolean notModified(String path, String ifNoneMatch) {
        return etagByPath.get(path) == ifNoneMatch; // expect: string-reference-equality "`etagByPath.get(path)`"
    }

    public String findPathForEtag(String etag) {
        for (Map.Entry<String, String> e : etagByPath.entrySet()) {
            if (e.getValue() == etag) { // expect: string-reference-equality "`e.getValue()`"
                return e.getKey();
            }
        }
        return null;
    }

    public boolean isAliasOf(String path, String candidate) {
        String alias = aliasByPath.get(path);
        return alias == candidate; // expect: string-reference-equality "`alias`"
    }

    public int size() {
        return etagByPath.size() == 0 ? 0 : etagByPath.size();
    }
}
