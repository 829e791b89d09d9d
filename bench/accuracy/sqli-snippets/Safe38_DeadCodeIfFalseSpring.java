package eval.c88;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Safe38_DeadCodeIfFalseSpring {

    private final JdbcTemplate jdbcTemplate;

    public Safe38_DeadCodeIfFalseSpring(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @DeleteMapping("/api/drafts")
    public int purge(@RequestParam String author) {
        String bar = "system";
        if (false) {
            bar = author; // never executed
        }
        return jdbcTemplate.update("DELETE FROM drafts WHERE author = '" + bar + "'"); // sink
    }
}
