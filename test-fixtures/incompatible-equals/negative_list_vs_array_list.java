// A permission diff that compares collection interfaces with their implementations (List/ArrayList, Set/HashSet, Map/TreeMap).
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

@Service
class PermissionDiffService {

    private final List<List<String>> history = new ArrayList<>();

    boolean unchanged(List<String> before, ArrayList<String> after) {
        return before.equals(after);
    }

    boolean sameIds(HashSet<Long> loaded, Set<Long> requested) {
        return loaded.equals(requested);
    }

    boolean sameQuotas(Map<String, Integer> current, TreeMap<String, Integer> submitted) {
        return Objects.equals(current, submitted);
    }

    boolean sameRoles(Collection<String> granted, List<String> requested) {
        return granted.equals(requested);
    }

    boolean seenBefore(List<String> current) {
        return history.contains(new ArrayList<>(current));
    }
}
