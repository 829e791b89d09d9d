// Per-tenant limiter of report queries: each tenant gets its own semaphore sized from its
// plan, created the first time the tenant runs a report.
package checkthenact.case39;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;

import org.springframework.stereotype.Component;

@Component
public class TenantRateLimiterRegistry {

    private final ConcurrentMap<String, Semaphore> limiters = new ConcurrentHashMap<>();
    private final TenantPlanLookup plans;

    public TenantRateLimiterRegistry(TenantPlanLookup plans) {
        this.plans = plans;
    }

    public Semaphore limiterFor(String tenantId) {
        var limiter = limiters.get(tenantId);
        if (limiter == null) {
            var fresh = new Semaphore(plans.concurrentReports(tenantId));
            limiter = limiters.putIfAbsent(tenantId, fresh);
            if (limiter == null) {
                limiter = fresh;
            }
        }
        return limiter;
    }

    public void planChanged(String tenantId) {
        limiters.remove(tenantId);
    }
}
