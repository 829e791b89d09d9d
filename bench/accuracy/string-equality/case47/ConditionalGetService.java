package streq.case47;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

@Service
public class ConditionalGetService {

    private final Map<String, Long> versions = new ConcurrentHashMap<>();

    public void publish(String path, long version) {
        versions.put(path, version);
    }

    public boolean isNotModified(String path, String ifNoneMatch) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        Long current = versions.get(path);
        return current != null && current.longValue() == Long.parseLong(ifNoneMatch);
    }

    public void evict(String path) {
        versions.remove(path);
    }
}
