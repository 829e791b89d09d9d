package eval.c90;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class Safe40_ConstantIntSwitchFallThrough {

    private final JdbcTemplate jdbcTemplate;

    public Safe40_ConstantIntSwitchFallThrough(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/api/shipments")
    public List<Map<String, Object>> shipments(@RequestParam String status) {
        final int mode = 2;
        String bar;
        switch (mode) {
            case 1:
                bar = status;
                break;
            case 2:
            case 3:
                bar = "in_transit"; // mode 2 lands here
                break;
            default:
                bar = status;
        }
        String sql = "SELECT id, eta FROM shipments WHERE status = '" + bar + "'";
        return jdbcTemplate.queryForList(sql); // sink
    }
}
