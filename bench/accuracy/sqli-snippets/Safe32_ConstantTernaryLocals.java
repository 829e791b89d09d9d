package eval.c82;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Safe32_ConstantTernaryLocals {

    private final JdbcTemplate jdbcTemplate;

    public Safe32_ConstantTernaryLocals(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/api/audit")
    public List<Map<String, Object>> audit(@RequestParam String sort) {
        int a = 3;
        int b = 4;
        // 3 * 4 = 12 > 10: always the literal column
        String column = a * b > 10 ? "created_at" : sort;
        return jdbcTemplate.queryForList("SELECT id, action FROM audit_log ORDER BY " + column); // sink
    }
}
