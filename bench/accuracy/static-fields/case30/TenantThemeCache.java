// Cached theme settings per tenant, refreshed when the tenant's configuration changes.
package staticfields.case30;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

@Component
public class TenantThemeCache {

    private final Map<String, String> themeByTenant = new ConcurrentHashMap<>();
    private final Consumer<TenantConfigEvents.TenantConfigChanged> listener = this::onChange;

    @PostConstruct
    void register() {
        TenantConfigEvents.subscribe("theme-cache", listener);
    }

    @PreDestroy
    void unregister() {
        TenantConfigEvents.unsubscribe("theme-cache", listener);
    }

    private void onChange(TenantConfigEvents.TenantConfigChanged event) {
        if ("theme".equals(event.key())) {
            themeByTenant.put(event.tenantId(), event.newValue());
        }
    }

    public String themeOf(String tenantId) {
        return themeByTenant.getOrDefault(tenantId, "default");
    }
}
