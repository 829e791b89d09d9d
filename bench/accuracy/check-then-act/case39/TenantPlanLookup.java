// How many reports a tenant may run at once, from its subscription plan.
package checkthenact.case39;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class TenantPlanLookup {

    private final JdbcClient jdbc;

    public TenantPlanLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int concurrentReports(String tenantId) {
        var plan = jdbc.sql("SELECT plan FROM tenant WHERE id = ?").param(tenantId).query(String.class).single();
        return switch (plan) {
            case "ENTERPRISE" -> 16;
            case "BUSINESS" -> 4;
            default -> 1;
        };
    }
}
