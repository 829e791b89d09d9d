package eval.c41;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Vuln41_UrlDecodeJdbcExecute {

    private final JdbcTemplate jdbcTemplate;

    public Vuln41_UrlDecodeJdbcExecute(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @PostMapping("/admin/archive")
    public String archive(@RequestParam("before") String before) {
        String decoded = URLDecoder.decode(before, StandardCharsets.UTF_8);
        String sql = "DELETE FROM logs WHERE logged_at < '" + decoded + "'";
        jdbcTemplate.execute(sql); // sink
        return "ok";
    }
}
