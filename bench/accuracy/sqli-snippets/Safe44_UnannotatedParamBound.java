package eval.c94;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Safe44_UnannotatedParamBound {

    private final JdbcTemplate jdbcTemplate;

    public Safe44_UnannotatedParamBound(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/api/cities")
    public List<String> cities(String q) {
        String pattern = q == null ? "%" : q + "%";
        return jdbcTemplate.query("SELECT name FROM cities WHERE name LIKE ?", (rs, i) -> rs.getString(1), pattern); // sink
    }
}
