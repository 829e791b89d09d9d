package eval.c36;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Vuln36_ConstantFoldIfPicksTainted {

    private final JdbcTemplate jdbcTemplate;

    public Vuln36_ConstantFoldIfPicksTainted(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @DeleteMapping("/api/drafts")
    public int purge(@RequestParam String author) {
        String bar;
        int num = 106;
        // (7 * 18) + 106 = 232 > 200: always true, so bar is always the request value
        if ((7 * 18) + num > 200) {
            bar = author;
        } else {
            bar = "system";
        }
        return jdbcTemplate.update("DELETE FROM drafts WHERE author = '" + bar + "'"); // sink
    }
}
