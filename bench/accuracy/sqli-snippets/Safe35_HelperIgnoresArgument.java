package eval.c85;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Safe35_HelperIgnoresArgument {

    private final JdbcTemplate jdbcTemplate;

    public Safe35_HelperIgnoresArgument(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/api/notifications")
    public List<Map<String, Object>> notifications(@RequestParam(required = false) String order) {
        String sql = "SELECT id, message FROM notifications" + orderClause(order);
        return jdbcTemplate.queryForList(sql); // sink
    }

    private String orderClause(String requested) {
        if (requested != null && !requested.isBlank()) {
            System.err.println("custom ordering is no longer supported: " + requested);
        }
        return " ORDER BY created_at DESC";
    }
}
