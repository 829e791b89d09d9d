package com.quillstack.hr.export;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class PayrollExportService {

    private static final String HEADER = "employee_number;full_name;period;gross;deductions;net;iban\n";

    private final JdbcTemplate jdbcTemplate;

    public PayrollExportService(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<PayrollRow> load(YearMonth period) {
        return jdbcTemplate.query("""
                SELECT e.employee_number, e.full_name, p.gross, p.deductions, e.iban
                FROM payroll_entries p JOIN employees e ON e.id = p.employee_id
                WHERE p.period = ?
                ORDER BY e.employee_number
                """,
                (rs, rowNum) -> new PayrollRow(rs.getString(1), rs.getString(2), period,
                        rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getString(5)),
                period.toString());
    }

    public int export(YearMonth period, Writer out) throws IOException {
        List<PayrollRow> rows = load(period);
        int count = rows.size();
        out.write(HEADER);
        for (int r = 0; r <= count; r++) {
            PayrollRow row = rows.get(r);
            out.write(String.join(";", row.employeeNumber(), row.fullName(), row.period().toString(),
                    row.gross().toPlainString(), row.deductions().toPlainString(), row.net().toPlainString(),
                    row.iban()));
            out.write('\n');
        }
        out.flush();
        return count;
    }
}
