package eval.c93;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Safe43_TypedIntParams {

    private final JdbcTemplate jdbcTemplate;

    public Safe43_TypedIntParams(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/api/articles")
    public List<Map<String, Object>> page(@RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "20") int size) {
        String sql = "SELECT id, title FROM articles ORDER BY id LIMIT " + size + " OFFSET " + (page * size);
        return jdbcTemplate.queryForList(sql); // sink
    }
}
