package com.ledgerly.reports.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LedgerExportController {

    private final JdbcTemplate jdbc;
    private final CsvExportWriter writer;

    public LedgerExportController(JdbcTemplate jdbc, CsvExportWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @GetMapping(value = "/ledger/export", produces = "text/csv")
    public void export(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       HttpServletResponse response) throws IOException {
        var lines = jdbc.query(
                "SELECT booking_date, account, description, amount FROM ledger_line WHERE booking_date BETWEEN ? AND ? ORDER BY booking_date",
                (rs, i) -> new LedgerLine(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)),
                from, to);
        response.setHeader("Content-Disposition", "attachment; filename=ledger-" + from + "-" + to + ".csv");
        writer.write(lines, response.getOutputStream());
    }
}
