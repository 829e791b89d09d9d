package eval.c99;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

@Path("/parcels")
public class Safe49_JaxrsMapOtherKey {

    private final JdbcTemplate jdbcTemplate;

    public Safe49_JaxrsMapOtherKey(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GET
    public List<Map<String, Object>> track(@QueryParam("carrier") String carrier) {
        Map<String, String> columns = new HashMap<>();
        columns.put("requested", carrier);
        columns.put("default", "carrier_code");
        String column = columns.get("default"); // "carrier_code"
        return jdbcTemplate.queryForList("SELECT tracking_no, " + column + " FROM parcels"); // sink
    }
}
