package eval.c49;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

@Path("/tenants/{tenant}/users")
public class Vuln49_JaxrsPathParamHelper {

    private final JdbcTemplate jdbcTemplate;

    public Vuln49_JaxrsPathParamHelper(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GET
    public List<Map<String, Object>> users(@PathParam("tenant") String tenant) {
        String schema = schemaFor(tenant);
        return jdbcTemplate.queryForList("SELECT id, login FROM " + schema + ".users"); // sink
    }

    private String schemaFor(String tenant) {
        return "tenant_" + tenant.toLowerCase();
    }
}
