// A multi-tenant resolver whose maps keyed by the String slug are looked up with the Long tenant id.
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

record TenantConfig(Long id, String slug, String schema, boolean suspended) {
}

@Component
class TenantResolver {

    private final Map<String, TenantConfig> bySlug = new HashMap<>();
    private final Set<String> suspendedSlugs = new TreeSet<>();

    void register(TenantConfig tenant) {
        bySlug.put(tenant.slug(), tenant);
        if (tenant.suspended()) {
            suspendedSlugs.add(tenant.slug());
        }
    }

    String schemaFor(TenantConfig tenant) {
        TenantConfig current = bySlug.get(tenant.id()); // expect: incompatible-equals "`String` with `Long`"
        return current != null ? current.schema() : tenant.schema();
    }

    boolean isSuspended(TenantConfig tenant) {
        return suspendedSlugs.contains(tenant.id()); // expect: incompatible-equals "`String` with `Long`"
    }

    boolean isSuspendedFixed(TenantConfig tenant) {
        return suspendedSlugs.contains(tenant.slug()) || bySlug.containsKey(String.valueOf(tenant.id()));
    }
}
