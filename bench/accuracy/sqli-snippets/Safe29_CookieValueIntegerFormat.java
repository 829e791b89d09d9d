package eval.c79;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Safe29_CookieValueIntegerFormat {

    private final JdbcTemplate jdbcTemplate;

    public Safe29_CookieValueIntegerFormat(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/api/recent")
    public List<Map<String, Object>> recent(@CookieValue(name = "page_size", defaultValue = "20") String pageSize) {
        Integer size = Integer.valueOf(pageSize);
        String sql = String.format("SELECT id, title FROM posts ORDER BY id DESC LIMIT %d", size);
        return jdbcTemplate.queryForList(sql); // sink
    }
}
