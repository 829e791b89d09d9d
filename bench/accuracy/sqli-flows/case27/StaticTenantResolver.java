package eval5.case27;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

@Component
public class StaticTenantResolver implements TenantResolver {

    private static final Map<String, String> SCHEMAS = Map.of(
            "acme.billing.example.com", "tenant_acme",
            "globex.billing.example.com", "tenant_globex",
            "initech.billing.example.com", "tenant_initech");

    @Override
    public String schemaFor(String host) {
        String name = host == null ? "" : host.toLowerCase(Locale.ROOT);
        int colon = name.indexOf(':');
        if (colon >= 0) {
            name = name.substring(0, colon);
        }
        return SCHEMAS.getOrDefault(name, "tenant_demo");
    }
}
