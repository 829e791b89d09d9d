package eval5.case38;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class TenantDatabases {

    private final Map<String, JdbcTemplate> byTenant;

    public TenantDatabases(Map<String, JdbcTemplate> byTenant) {
        this.byTenant = Map.copyOf(byTenant);
    }

    public JdbcTemplate jdbcFor(String tenantId) {
        JdbcTemplate jdbc = byTenant.get(tenantId);
        if (jdbc == null) {
            throw new IllegalArgumentException("no database configured for tenant " + tenantId);
        }
        return jdbc;
    }
}
