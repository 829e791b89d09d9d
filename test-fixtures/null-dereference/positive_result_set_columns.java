// ResultSet columns read without a check in a JdbcTemplate row mapper method and an explicitly typed RowMapper lambda: getObject, which code uses where a column may be SQL NULL, is reported; getString, getBigDecimal and getDate are not sources (which columns may be NULL is the schema's, and most that code reads this way are NOT NULL).
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

class CustomerStatementDao {

    record StatementRow(String email, BigDecimal balance, LocalDate openedOn, String parentAccount) {
    }

    private static final String STATEMENTS = """
            SELECT email, balance, opened_on, parent_account_id
            FROM customer_accounts
            WHERE region = ?
            """;

    private final JdbcTemplate jdbcTemplate;

    CustomerStatementDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<StatementRow> statements(String region) {
        return jdbcTemplate.query(STATEMENTS, this::mapStatement, region);
    }

    List<String> emails(String region) {
        RowMapper<String> mapper = (ResultSet rs, int rowNum) -> rs.getString("email").toLowerCase();
        return jdbcTemplate.query(STATEMENTS, mapper, region);
    }

    private StatementRow mapStatement(ResultSet rs, int rowNum) throws SQLException {
        BigDecimal balance = rs.getBigDecimal("balance").setScale(2, RoundingMode.HALF_UP);
        LocalDate openedOn = rs.getDate("opened_on").toLocalDate();
        String parent = rs.getObject("parent_account_id").toString();  // expect: null-dereference "getObject("
        return new StatementRow(String.valueOf(rs.getString("email")), balance, openedOn, parent);
    }
}
