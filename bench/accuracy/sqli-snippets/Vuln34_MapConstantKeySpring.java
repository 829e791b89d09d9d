package eval.c34;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Vuln34_MapConstantKeySpring {

    private final JdbcTemplate jdbc;

    public Vuln34_MapConstantKeySpring(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/flights")
    public List<Map<String, Object>> flights(@RequestParam String origin) {
        Map<String, String> criteria = new HashMap<>();
        criteria.put("carrier", "LH");
        criteria.put("origin", origin);
        String sql = "SELECT code, departs_at FROM flights WHERE carrier = '" + criteria.get("carrier")
                + "' AND origin = '" + criteria.get("origin") + "'";
        return jdbc.queryForList(sql); // sink
    }
}
