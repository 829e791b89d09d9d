package eval.c38;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
public class Vuln38_ControllerSecondTopLevel {

    private final JdbcTemplate jdbcTemplate;
    private final Filters filters = new Filters();

    public Vuln38_ControllerSecondTopLevel(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/reports/sales")
    @ResponseBody
    public List<Map<String, Object>> sales(@RequestParam("region") String region) {
        String where = filters.regionClause(region);
        return jdbcTemplate.queryForList("SELECT month, amount FROM sales WHERE " + where); // sink
    }
}

class Filters {

    String regionClause(String region) {
        String normalized = region.toUpperCase();
        return "region_code = '" + normalized + "'";
    }
}
