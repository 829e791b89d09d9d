package eval2.case04;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ReportExportController {

    private static final Logger log = LoggerFactory.getLogger(ReportExportController.class);

    private final NamedParameterJdbcTemplate namedJdbc;

    public ReportExportController(NamedParameterJdbcTemplate namedJdbc) {
        this.namedJdbc = namedJdbc;
    }

    /**
     * Exports one of the materialised reporting tables (report_daily_sales, report_refunds, ...).
     */
    @GetMapping("/reports/{reportName}/rows")
    public ResponseEntity<List<Map<String, Object>>> exportRows(
            @PathVariable String reportName,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {

        ReportPeriod period = ReportPeriod.parse(from, to);
        if (period == null) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).build();
        }

        String sql = String.format(
                "SELECT * FROM report_%s WHERE report_date BETWEEN :fromDate AND :toDate ORDER BY report_date",
                reportName);

        Map<String, Object> params = new HashMap<>();
        params.put("fromDate", period.start());
        params.put("toDate", period.end());

        log.info("Exporting report {} for {}..{}", reportName, period.start(), period.end());
        List<Map<String, Object>> rows = namedJdbc.queryForList(sql, params); // sink
        return ResponseEntity.ok(rows);
    }
}

record ReportPeriod(LocalDate start, LocalDate end) {

    static ReportPeriod parse(String from, String to) {
        try {
            LocalDate end = to == null ? LocalDate.now() : LocalDate.parse(to);
            LocalDate start = from == null ? end.minusDays(30) : LocalDate.parse(from);
            if (start.isAfter(end)) {
                return null;
            }
            return new ReportPeriod(start, end);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
