package eval.c86;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Safe36_StaticNestedParseInt {

    private final JdbcTemplate jdbc;

    public Safe36_StaticNestedParseInt(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/hotels")
    public List<Map<String, Object>> hotels(@RequestParam String minStars) {
        String sql = "SELECT id, name FROM hotels WHERE " + SqlParts.atLeast("stars", minStars);
        return jdbc.queryForList(sql); // sink
    }

    static final class SqlParts {
        private SqlParts() {
        }

        static String atLeast(String column, String value) {
            int n = Integer.parseInt(value);
            return column + " >= " + n;
        }
    }
}
