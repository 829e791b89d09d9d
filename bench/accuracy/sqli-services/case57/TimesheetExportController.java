package eval2.case57;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TimesheetExportController {

    private static final Logger log = LoggerFactory.getLogger(TimesheetExportController.class);

    private final NamedParameterJdbcTemplate jdbc;

    public TimesheetExportController(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping("/projects/timesheets/export")
    public ResponseEntity<List<Map<String, Object>>> export(@RequestBody TimesheetExportRequest request) {
        if (request.getProjectCode() == null || request.getFrom() == null || request.getTo() == null) {
            return ResponseEntity.badRequest().build();
        }
        if (request.getTo().isBefore(request.getFrom())) {
            log.info("export with inverted range for {}", request.getProjectCode());
            return ResponseEntity.badRequest().build();
        }

        String sql = TimesheetSql.exportQuery(request.getTimeZone());
        Map<String, Object> params = new HashMap<>();
        params.put("project", request.getProjectCode());
        params.put("from", request.getFrom());
        params.put("to", request.getTo().plusDays(1));

        List<Map<String, Object>> rows = jdbc.queryForList(sql, params); // sink
        log.info("timesheet export {}: {} rows", request.getProjectCode(), rows.size());
        return ResponseEntity.ok(rows);
    }
}
