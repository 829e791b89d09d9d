package eval2.case11;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/finance/reports")
public class FinanceReportController {

    private static final Logger log = LoggerFactory.getLogger(FinanceReportController.class);

    private final NamedParameterJdbcTemplate jdbc;

    public FinanceReportController(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    public List<Map<String, Object>> report(
            @RequestParam ReportType type,
            @RequestParam("day") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) String entity) {

        String table = "report_" + type.name().toLowerCase();
        String sql = "SELECT * FROM " + table + " WHERE report_date = :day";

        MapSqlParameterSource params = new MapSqlParameterSource("day", day);
        if (entity != null && !entity.isBlank()) {
            sql += " AND legal_entity = :entity";
            params.addValue("entity", entity);
        }

        log.debug("finance report {} for {} (entity={})", type, day, entity);
        return jdbc.queryForList(sql, params); // sink
    }
}
