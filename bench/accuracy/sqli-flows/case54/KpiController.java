package eval5.case54;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/kpis")
public class KpiController {

    private final KpiSource live;
    private final KpiSource daily;
    private final KpiSource weekly;

    public KpiController(JdbcTemplate jdbcTemplate) {
        this.live = KpiSource.live(jdbcTemplate);
        this.daily = KpiSource.dailySnapshot(jdbcTemplate);
        this.weekly = KpiSource.weeklySnapshot(jdbcTemplate);
    }

    @GetMapping
    public List<Map<String, Object>> kpis(
            @RequestParam String region,
            @RequestParam(defaultValue = "live") String view) {
        KpiSource source = switch (view) {
            case "daily" -> daily;
            case "weekly" -> weekly;
            default -> live;
        };
        return source.kpis(region);
    }
}
