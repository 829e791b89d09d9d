// A @Nullable helper method whose result is dereferenced without a check: the annotation names a null the program's state decides, which callers keep as an invariant far more often than not, so it is not a source.
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TenantInfoController {

    @GetMapping("/tenant")
    String currentTenant(HttpServletRequest request) {
        return tenantFromHost(request.getServerName()).toUpperCase(Locale.ROOT);
    }

    @GetMapping("/tenant/region")
    String region(HttpServletRequest request) {
        String tenant = tenantFromHost(request.getServerName());
        int dash = tenant.indexOf('-');
        return dash < 0 ? "eu" : tenant.substring(dash + 1);
    }

    @Nullable
    private String tenantFromHost(String host) {
        int dot = host.indexOf('.');
        if (dot <= 0) {
            return host.equals("localhost") ? "dev" : defaultTenant();
        }
        return host.substring(0, dot);
    }

    @Nullable
    private String defaultTenant() {
        return System.getenv().getOrDefault("DEFAULT_TENANT", "public");
    }
}
