package eval.c95;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Safe45_EnumValueOfName {

    enum Direction { ASC, DESC }

    private final JdbcTemplate jdbcTemplate;

    public Safe45_EnumValueOfName(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/api/scores")
    public List<Map<String, Object>> scores(@RequestParam(defaultValue = "DESC") Direction dir) {
        // Spring converted the request value to one of the enum constants (or answered 400)
        String sql = "SELECT player, points FROM scores ORDER BY points " + dir.name();
        return jdbcTemplate.queryForList(sql); // sink
    }
}
