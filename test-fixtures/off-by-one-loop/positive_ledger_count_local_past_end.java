// A ledger export whose bound is a local `int count = rows.size()` used as `r <= count`, reading `rows.get(r)` past the end.
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class LedgerExportDao {

    private final JdbcTemplate jdbcTemplate;

    LedgerExportDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<String> exportLines(LocalDate day) {
        List<Map<String, Object>> rows = jdbcTemplate.queryForList(
                "SELECT account, debit, credit FROM ledger WHERE booking_date = ? ORDER BY account", day);
        int count = rows.size();
        List<String> lines = new ArrayList<>(count);
        for (int r = 0; r <= count; r++) { // expect: off-by-one-loop "past the end"
            Map<String, Object> row = rows.get(r);
            lines.add(row.get("account") + ";" + row.get("debit") + ";" + row.get("credit"));
        }
        return lines;
    }
}
