package eval5.case50;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One JdbcTemplate per tenant database, created on first use. */
@Component
public class TenantJdbc {

    private final Map<String, DataSource> dataSources;
    private final Map<String, JdbcTemplate> templates = new ConcurrentHashMap<>();

    public TenantJdbc(Map<String, DataSource> tenantDataSources) {
        this.dataSources = tenantDataSources;
    }

    public JdbcTemplate templateFor(String tenant) {
        DataSource ds = dataSources.get(tenant);
        if (ds == null) {
            throw new IllegalArgumentException("unknown tenant");
        }
        return templates.computeIfAbsent(tenant, t -> new JdbcTemplate(ds));
    }
}
