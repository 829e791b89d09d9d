package eval5.case45;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class StatementDao {

    private static final RowMapper<Entry> ENTRY = (rs, n) -> new Entry(
            rs.getObject("booking_date", LocalDate.class),
            rs.getString("description"),
            rs.getBigDecimal("amount"),
            rs.getBigDecimal("balance_after"));

    private final JdbcTemplate jdbcTemplate;

    public StatementDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Entry> lastThirtyDays(long accountId) {
        String sql = "SELECT booking_date, description, amount, balance_after FROM ledger_entries"
                + " WHERE account_id = " + accountId
                + " AND booking_date >= CURRENT_DATE - 30 ORDER BY booking_date DESC, id DESC";
        return jdbcTemplate.query(sql, ENTRY); // sink
    }

    public record Entry(LocalDate bookingDate, String description, BigDecimal amount, BigDecimal balanceAfter) {
    }
}
