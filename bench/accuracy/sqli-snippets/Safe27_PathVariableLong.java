package eval.c77;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Safe27_PathVariableLong {

    private final JdbcTemplate jdbc;

    public Safe27_PathVariableLong(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/orders/{id}")
    public Map<String, Object> order(@PathVariable("id") Long id) {
        // Spring has already converted the path segment to a Long (or answered 400)
        String sql = "SELECT id, status, total FROM orders WHERE id = " + id;
        return jdbc.queryForMap(sql); // sink
    }
}
