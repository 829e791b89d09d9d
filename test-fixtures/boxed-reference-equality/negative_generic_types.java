// A generic versioned cache, a generic CRUD base service (bound to CustomerAccount and Long in a subclass) and a generic helper whose == compares type-variable values, not declared boxed types.
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

class VersionedCache<K, V> {

    private final Map<K, V> entries = new ConcurrentHashMap<>();

    public boolean isCurrent(K key, V value) {
        return entries.get(key) == value;
    }

    public void put(K key, V value) {
        entries.put(key, value);
    }
}

abstract class AbstractCrudService<T, ID> {

    protected abstract ID idOf(T entity);

    public boolean sameRow(T first, T second) {
        return idOf(first) == idOf(second);
    }
}

@Service
class CustomerCrudService extends AbstractCrudService<CustomerAccount, Long> {

    private final VersionedCache<Long, Integer> revisions = new VersionedCache<>();

    @Override
    protected Long idOf(CustomerAccount entity) {
        return entity.getId();
    }

    public boolean revisionCurrent(CustomerAccount customer, Integer revision) {
        return revisions.isCurrent(customer.getId(), revision);
    }
}

final class IdentityChecks {

    private IdentityChecks() {
    }

    static <T> boolean sameInstance(T first, T second) {
        return first == second;
    }

    static <N extends Number> boolean sameNumberInstance(N first, N second) {
        return first == second;
    }
}
