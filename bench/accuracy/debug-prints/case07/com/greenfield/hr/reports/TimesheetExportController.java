package com.greenfield.hr.reports;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

@RestController
public class TimesheetExportController {

    private final JdbcTemplate jdbc;

    public TimesheetExportController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/reports/timesheets.csv")
    public void export(@RequestParam String department, @RequestParam int year, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv");
        response.setHeader("Content-Disposition", "attachment; filename=timesheets-" + department + "-" + year + ".csv");
        var writer = new TimesheetCsvWriter(response.getOutputStream());
        writer.writeHeader();
        jdbc.query("""
                SELECT e.id, e.full_name, t.iso_week, t.hours, t.overtime
                FROM timesheets t JOIN employees e ON e.id = t.employee_id
                WHERE e.department = ? AND t.year = ?
                ORDER BY e.full_name, t.iso_week
                """,
                rs -> {
                    writer.writeRow(new TimesheetRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getDouble(4), rs.getDouble(5)));
                },
                department, year);
        writer.finish();
    }
}
