// Checks inside compound conditions: an early exit on `a || m.containsKey(k)`, a put guarded by `&&`, the value assigned inside the condition, `null` on the left, and a `countBy` that is positive before an early exit.
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;

record RouteDefinition(String id, String path, List<String> hosts) {
}

@Service
class GatewayRouteTable {

    private final Map<String, RouteDefinition> routes = new ConcurrentHashMap<>();
    private final Map<String, Long> hitsByPath = new ConcurrentHashMap<>();

    void register(RouteDefinition route) {
        if (route.hosts().isEmpty() || routes.containsKey(route.id())) { // expect: check-then-act "`routes`"
            return;
        }
        routes.put(route.id(), route);
    }

    void registerIfMissing(RouteDefinition route, boolean enabled) {
        if (enabled && !routes.containsKey(route.id())) { // expect: check-then-act "`routes`"
            routes.put(route.id(), route);
        }
    }

    long firstHit(String path) {
        Long hits;
        if ((hits = hitsByPath.get(path)) == null) { // expect: check-then-act "`hitsByPath`"
            hits = 1L;
            hitsByPath.put(path, hits);
        }
        return hits;
    }

    RouteDefinition replace(RouteDefinition route) {
        if (null == routes.get(route.id())) { // expect: check-then-act "`routes`"
            routes.put(route.id(), route);
            return route;
        }
        return routes.get(route.id());
    }

    // the key is present on both paths of `||` here: the put updates, it does not insert
    void refresh(RouteDefinition route, boolean force) {
        if (force || routes.containsKey(route.id())) {
            routes.put(route.id(), route);
        }
    }
}

@Entity
class GatewayTenant {

    @Id
    @GeneratedValue
    private Long id;

    private String hostname;

    protected GatewayTenant() {
    }

    GatewayTenant(String hostname) {
        this.hostname = hostname;
    }
}

interface GatewayTenantRepository extends JpaRepository<GatewayTenant, Long> {

    long countByHostname(String hostname);
}

@Service
class GatewayTenantOnboarding {

    private final GatewayTenantRepository tenants;

    GatewayTenantOnboarding(GatewayTenantRepository tenants) {
        this.tenants = tenants;
    }

    void onboard(String hostname) {
        if (tenants.countByHostname(hostname) > 0) { // expect: check-then-act "`tenants`"
            throw new IllegalStateException(hostname + " is already onboarded");
        }
        tenants.save(new GatewayTenant(hostname));
    }
}
