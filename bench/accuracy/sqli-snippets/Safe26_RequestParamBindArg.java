package eval.c76;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Safe26_RequestParamBindArg {

    private final JdbcTemplate jdbcTemplate;

    public Safe26_RequestParamBindArg(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/api/customers")
    public List<Map<String, Object>> byLastName(@RequestParam("lastName") String lastName) {
        String sql = "SELECT id, first_name, last_name FROM customers WHERE last_name = ?";
        return jdbcTemplate.queryForList(sql, lastName); // sink
    }
}
