package eval.c43;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Vuln43_RequestParamMap {

    private final JdbcTemplate jdbcTemplate;

    public Vuln43_RequestParamMap(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/api/vehicles")
    public List<Map<String, Object>> vehicles(@RequestParam Map<String, String> params) {
        String make = params.getOrDefault("make", "any");
        String sql = "SELECT vin, model FROM vehicles WHERE make = '" + make + "'";
        return jdbcTemplate.queryForList(sql); // sink
    }
}
