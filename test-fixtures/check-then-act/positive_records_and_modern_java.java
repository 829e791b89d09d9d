// Modern Java around the race: record keys, `var` locals, switch expressions building the value, text blocks and streams; the check on the concurrent field and the put that follows it are still separate steps.
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
class ReportQueryPlanner {

    private static final Logger log = LoggerFactory.getLogger(ReportQueryPlanner.class);

    enum Granularity { HOUR, DAY, MONTH }

    record PlanKey(String tenantId, String metric, Granularity granularity) {
    }

    record Plan(String sql, Duration ttl) {
    }

    private final ConcurrentMap<PlanKey, Plan> plans = new ConcurrentHashMap<>();

    Plan plan(String tenantId, String metric, Granularity granularity) {
        var key = new PlanKey(tenantId, metric, granularity);
        if (!plans.containsKey(key)) { // expect: check-then-act "`plans`"
            var bucket = switch (granularity) {
                case HOUR -> "date_trunc('hour', recorded_at)";
                case DAY -> "date_trunc('day', recorded_at)";
                case MONTH -> "date_trunc('month', recorded_at)";
            };
            var sql = """
                    SELECT %s AS bucket, sum(value)
                    FROM metric_sample
                    WHERE tenant_id = ? AND metric = ?
                    GROUP BY 1
                    """.formatted(bucket);
            var ttl = granularity == Granularity.HOUR ? Duration.ofMinutes(1) : Duration.ofHours(1);
            plans.put(key, new Plan(sql, ttl));
            log.debug("planned {}", key);
        }
        return plans.get(key);
    }
}

@Service
class PermissionResolver {

    record Grant(String role, String permission) {
    }

    private final Map<String, Set<String>> permissionsByRole = new ConcurrentHashMap<>();
    private final Set<Grant> auditedGrants = ConcurrentHashMap.newKeySet();

    Set<String> permissions(String role, List<Grant> grants) {
        var known = permissionsByRole.get(role);
        if (known != null) { // expect: check-then-act "`permissionsByRole`"
            return known;
        }
        var resolved = grants.stream()
                .filter(g -> g.role().equals(role))
                .map(Grant::permission)
                .collect(Collectors.toUnmodifiableSet());
        permissionsByRole.put(role, resolved);
        return resolved;
    }

    void audit(Grant grant) {
        if (!auditedGrants.contains(grant)) { // expect: check-then-act "`auditedGrants`"
            auditedGrants.add(grant);
        }
    }
}
