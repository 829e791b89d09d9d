// A tenant registry that compares values from String-keyed collections whose element types are not String.
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

enum TenantTier {
    FREE,
    PAID
}

@Service
public class TenantTierRegistry {

    private final Map<String, TenantTier> tierByTenant = new ConcurrentHashMap<>();
    private final Map<String, List<Integer>> quotasByTenant = new ConcurrentHashMap<>();
    private final List<Object> auditTrail = new java.util.ArrayList<>();

    public boolean isPaid(String tenantId) {
        return tierByTenant.get(tenantId) == TenantTier.PAID;
    }

    public boolean firstQuotaIs(String tenantId, int quota) {
        List<Integer> quotas = quotasByTenant.get(tenantId);
        return quotas != null && quotas.get(0) == quota;
    }

    public boolean lastAuditWas(Object event) {
        return !auditTrail.isEmpty() && auditTrail.get(auditTrail.size() - 1) == event;
    }

    public boolean hasTenant(String tenantId) {
        return tierByTenant.keySet().stream().anyMatch(tenantId::equals);
    }
}
