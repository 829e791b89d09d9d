package eval.c39;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Vuln39_ListParamPlusEquals {

    private final JdbcTemplate jdbcTemplate;

    public Vuln39_ListParamPlusEquals(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/api/users/batch")
    public List<Map<String, Object>> batch(@RequestParam("login") List<String> logins) {
        String in = "";
        for (String login : logins) {
            if (!in.isEmpty()) {
                in += ",";
            }
            in += "'" + login + "'";
        }
        String sql = "SELECT id, login FROM users WHERE login IN (" + in + ")";
        return jdbcTemplate.queryForList(sql); // sink
    }
}
