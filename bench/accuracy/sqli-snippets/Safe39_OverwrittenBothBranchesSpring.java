package eval.c89;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Safe39_OverwrittenBothBranchesSpring {

    private final JdbcTemplate jdbcTemplate;

    public Safe39_OverwrittenBothBranchesSpring(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/api/plans")
    public Map<String, Object> plan(@RequestParam String code) {
        String bar = code.trim();
        if (bar.equalsIgnoreCase("pro")) {
            bar = "PRO";
        } else {
            bar = "BASIC";
        }
        String sql = "SELECT code, price FROM plans WHERE code = '".concat(bar).concat("'");
        return jdbcTemplate.queryForMap(sql); // sink
    }
}
