package eval2.case39;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/platform/tenants/{tenant}/quota")
@Produces(MediaType.APPLICATION_JSON)
public class TenantQuotaResource {

    private static final Logger log = LoggerFactory.getLogger(TenantQuotaResource.class);

    @Resource(lookup = "java:app/jdbc/platform")
    DataSource dataSource;

    @GET
    public Response quota(@PathParam("tenant") String tenant,
                          @HeaderParam("X-Correlation-Id") String correlationId) {
        log.info("[{}] quota lookup for tenant {}", correlationId, tenant);

        String storageTable = tenant + "_storage.objects";
        String sql = "SELECT q.max_bytes, (SELECT COALESCE(SUM(o.size_bytes), 0) FROM " + storageTable + " o) AS used_bytes "
                + "FROM platform.tenant_quotas q WHERE q.tenant_slug = ?";

        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(sql)) { // sink
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Response.status(Response.Status.NOT_FOUND).build();
                }
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("tenant", tenant);
                body.put("maxBytes", rs.getLong("max_bytes"));
                body.put("usedBytes", rs.getLong("used_bytes"));
                return Response.ok(body).build();
            }
        } catch (SQLException e) {
            log.error("[{}] quota lookup failed", correlationId, e);
            return Response.serverError().build();
        }
    }
}
