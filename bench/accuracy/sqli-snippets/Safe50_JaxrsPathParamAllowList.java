package eval.c100;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

@Path("/tenants/{tenant}/users")
public class Safe50_JaxrsPathParamAllowList {

    private final JdbcTemplate jdbcTemplate;

    public Safe50_JaxrsPathParamAllowList(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GET
    public List<Map<String, Object>> users(@PathParam("tenant") String tenant) {
        String schema = schemaFor(tenant);
        return jdbcTemplate.queryForList("SELECT id, login FROM " + schema + ".users"); // sink
    }

    private String schemaFor(String tenant) {
        switch (tenant) {
            case "acme":
                return "tenant_acme";
            case "globex":
                return "tenant_globex";
            default:
                throw new IllegalArgumentException("unknown tenant");
        }
    }
}
