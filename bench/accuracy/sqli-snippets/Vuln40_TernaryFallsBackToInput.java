package eval.c40;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Vuln40_TernaryFallsBackToInput {

    private final JdbcTemplate jdbcTemplate;

    public Vuln40_TernaryFallsBackToInput(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/api/movies")
    public List<Map<String, Object>> movies(@RequestParam(defaultValue = "title") String sortBy) {
        // only "rating" is mapped; anything else is used verbatim
        String column = "rating".equals(sortBy) ? "avg_rating" : sortBy;
        String sql = "SELECT id, title FROM movies ORDER BY " + column;
        return jdbcTemplate.queryForList(sql); // sink
    }
}
