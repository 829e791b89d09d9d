package streq.case08;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

@Service
public class ConditionalGetService {

    private final Map<String, String> etags = new ConcurrentHashMap<>();

    public void publish(String path, String etag) {
        etags.put(path, etag);
    }

    public boolean isNotModified(String path, String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        String current = etags.get(path);
        return current != null && current == ifNoneMatch;
    }

    public void evict(String path) {
        etags.remove(path);
    }
}
