// Feature flags per plan tier, merged with the tenant's overrides on each request.
package staticfields.case05;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/features")
public class FeatureFlagController {

    private static final Map<String, Boolean> DEFAULT_FLAGS = Map.of(
            "exports", true,
            "bulk-edit", false,
            "sso", false,
            "audit-log", false);
    private static final Set<String> PREMIUM_ONLY = Set.of("sso", "audit-log");
    private static final List<String> TIERS = List.of("free", "team", "enterprise");

    private final TenantOverrideRepository overrides;

    public FeatureFlagController(TenantOverrideRepository overrides) {
        this.overrides = overrides;
    }

    @GetMapping("/{tenantId}")
    public Map<String, Boolean> flags(@PathVariable String tenantId, @RequestParam String tier) {
        if (!TIERS.contains(tier)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown tier " + tier);
        }
        var merged = new HashMap<>(DEFAULT_FLAGS);
        overrides.findByTenantId(tenantId).forEach(o -> merged.put(o.getFlag(), o.isEnabled()));
        if (!"enterprise".equals(tier)) {
            PREMIUM_ONLY.forEach(flag -> merged.put(flag, false));
        }
        return merged;
    }
}
