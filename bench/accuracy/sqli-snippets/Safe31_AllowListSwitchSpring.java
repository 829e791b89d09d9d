package eval.c81;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Safe31_AllowListSwitchSpring {

    private final JdbcTemplate jdbcTemplate;

    public Safe31_AllowListSwitchSpring(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/api/movies")
    public List<Map<String, Object>> movies(@RequestParam(defaultValue = "title") String sortBy,
                                            @RequestParam(defaultValue = "asc") String dir) {
        String sql = "SELECT id, title FROM movies ORDER BY " + column(sortBy) + " " + direction(dir);
        return jdbcTemplate.queryForList(sql); // sink
    }

    private static String column(String requested) {
        switch (requested) {
            case "rating":
                return "avg_rating";
            case "year":
                return "release_year";
            default:
                return "title";
        }
    }

    private static String direction(String requested) {
        return "desc".equalsIgnoreCase(requested) ? "DESC" : "ASC";
    }
}
