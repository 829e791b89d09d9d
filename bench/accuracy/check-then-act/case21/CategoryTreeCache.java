// The shop's category tree held in memory for navigation; the catalog editor adds categories
// under an existing parent, and each new category gets a fresh id.
package checkthenact.case21;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

@Component
public class CategoryTreeCache {

    public static final long ROOT_ID = 1L;

    private final Map<Long, CategoryNode> nodes = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(ROOT_ID + 1);

    public CategoryTreeCache() {
        nodes.put(ROOT_ID, new CategoryNode(ROOT_ID, null, "All products"));
    }

    public CategoryNode addCategory(long parentId, String name) {
        if (!nodes.containsKey(parentId)) {
            throw new IllegalArgumentException("no category " + parentId);
        }
        var node = new CategoryNode(nextId.getAndIncrement(), parentId, name);
        nodes.put(node.id(), node);
        return node;
    }

    public List<CategoryNode> children(long parentId) {
        return nodes.values().stream()
                .filter(n -> n.parentId() != null && n.parentId() == parentId)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
    }

    public record CategoryNode(long id, Long parentId, String name) {
    }
}
