package com.tabular.export.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CustomerExportController {

    private final JdbcTemplate jdbcTemplate;
    private final CsvRowWriter writer = new CsvRowWriter(',');

    public CustomerExportController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping(value = "/admin/customers.csv", produces = "text/csv")
    public ResponseEntity<byte[]> export() {
        List<String[]> rows = jdbcTemplate.query(
                "SELECT customer_number, name, email, country FROM customers ORDER BY customer_number",
                (rs, rowNum) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
        StringBuilder body = new StringBuilder("customer_number,name,email,country\n");
        for (String[] row : rows) {
            body.append(writer.toLine(row)).append('\n');
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=customers.csv")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
