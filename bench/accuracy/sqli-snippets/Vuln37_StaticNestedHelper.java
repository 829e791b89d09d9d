package eval.c37;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Vuln37_StaticNestedHelper {

    private final JdbcTemplate jdbc;

    public Vuln37_StaticNestedHelper(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/hotels")
    public List<Map<String, Object>> hotels(@RequestParam String country, @RequestParam int stars) {
        String sql = "SELECT id, name FROM hotels WHERE " + SqlParts.eq("country", country)
                + " AND stars >= " + stars;
        return jdbc.queryForList(sql); // sink
    }

    static final class SqlParts {
        private SqlParts() {
        }

        static String eq(String column, String value) {
            return column + " = '" + value + "'";
        }
    }
}
