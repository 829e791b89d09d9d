// sql-injection replaces sql-concatenation on a line where both report; SQL built from a setter-fed field alone stays sql-concatenation.
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SalesReportController {

    private final JdbcTemplate jdbcTemplate;
    private String salesTable = "sales";

    SalesReportController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    void setSalesTable(String salesTable) {
        this.salesTable = salesTable;
    }

    @GetMapping("/sales")
    List<Map<String, Object>> byRegion(@RequestParam String region) {
        return jdbcTemplate.queryForList("SELECT id, total FROM sales WHERE region = '" + region + "'");  // expect: sql-injection "parameter `region`"
    }

    @GetMapping("/sales/archived")
    List<Map<String, Object>> archivedByRegion(@RequestParam String region) {
        return jdbcTemplate.queryForList("SELECT id, total FROM " + salesTable + " WHERE region = '" + region + "'");  // expect: sql-injection "parameter `region`"
    }

    @GetMapping("/sales/totals")
    List<Map<String, Object>> totalsByRegion(@RequestParam String region) {
        return jdbcTemplate.queryForList("SELECT region, SUM(total) FROM " + salesTable + " WHERE region = ? GROUP BY region", region);  // expect: sql-concatenation "from `salesTable`"
    }
}
