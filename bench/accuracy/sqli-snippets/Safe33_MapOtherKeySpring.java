package eval.c83;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Safe33_MapOtherKeySpring {

    private final JdbcTemplate jdbc;

    public Safe33_MapOtherKeySpring(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/flights")
    public List<Map<String, Object>> flights(@RequestParam String origin) {
        Map<String, String> criteria = new HashMap<>();
        criteria.put("origin", origin);
        criteria.put("carrier", "LH");
        String sql = "SELECT code, departs_at FROM flights WHERE carrier = '" + criteria.get("carrier")
                + "' AND origin = ?";
        return jdbc.queryForList(sql, criteria.get("origin")); // sink
    }
}
