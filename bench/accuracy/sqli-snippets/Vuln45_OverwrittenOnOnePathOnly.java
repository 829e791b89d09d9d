package eval.c45;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Vuln45_OverwrittenOnOnePathOnly {

    private final JdbcTemplate jdbcTemplate;

    public Vuln45_OverwrittenOnOnePathOnly(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/api/plans")
    public Map<String, Object> plan(@RequestParam String code,
                                    @RequestParam(defaultValue = "false") boolean useDefault) {
        String bar = code.trim();
        if (useDefault) {
            bar = "BASIC"; // only overwritten when the client asks for it
        }
        String sql = "SELECT code, price FROM plans WHERE code = '".concat(bar).concat("'");
        return jdbcTemplate.queryForMap(sql); // sink
    }
}
