package eval.c32;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Vuln32_UnannotatedSimpleParam {

    private final JdbcTemplate jdbcTemplate;

    public Vuln32_UnannotatedSimpleParam(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    // "q" is bound from the query string even without @RequestParam
    @GetMapping("/api/cities")
    public List<Map<String, Object>> cities(String q) {
        String sql = "SELECT name, country FROM cities WHERE name LIKE '" + q + "%'";
        return jdbcTemplate.queryForList(sql); // sink
    }
}
