// One connection pool per tenant database, created on the first request of a tenant from the
// settings the tenant directory returns, and closed when the tenant is offboarded.
package checkthenact.case06;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.stereotype.Component;

@Component
public class TenantDataSourceRegistry {

    private final ConcurrentMap<String, DataSource> pools = new ConcurrentHashMap<>();
    private final TenantDirectoryClient directory;

    public TenantDataSourceRegistry(TenantDirectoryClient directory) {
        this.directory = directory;
    }

    public DataSource dataSourceFor(String tenantId) {
        DataSource pool = pools.get(tenantId); // race
        if (pool == null) {
            var settings = directory.connectionSettings(tenantId);
            pool = DataSourceBuilder.create()
                    .url(settings.jdbcUrl())
                    .username(settings.username())
                    .password(settings.password())
                    .build();
            pools.put(tenantId, pool);
        }
        return pool;
    }

    public void offboard(String tenantId) throws IOException {
        var pool = pools.remove(tenantId);
        if (pool instanceof Closeable closeable) {
            closeable.close();
        }
    }
}
