// A SELECT * constant is reported once, at its literal; its uses (queries, concatenations, other files) are not.
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

class LedgerAccountDao {

    record Account(long id, long ownerId, String status, BigDecimal balance) {}

    static final String ALL_ACCOUNTS = "SELECT * FROM accounts";  // expect: select-star "`accounts`"

    private static final String BY_ID = ALL_ACCOUNTS + " WHERE id = ?";

    private static final String ENTRIES = """
            SELECT l.*
            FROM ledger_entries l
            WHERE l.account_id = ?
            """;  // expect: select-star "`ledger_entries`"

    private static final RowMapper<Account> ACCOUNT_MAPPER = LedgerAccountDao::mapAccount;

    private final JdbcTemplate jdbcTemplate;

    LedgerAccountDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<Account> all() {
        return jdbcTemplate.query(ALL_ACCOUNTS, ACCOUNT_MAPPER);
    }

    Account byId(long id) {
        return jdbcTemplate.queryForObject(BY_ID, ACCOUNT_MAPPER, id);
    }

    List<Account> byOwner(long ownerId) {
        return jdbcTemplate.query(ALL_ACCOUNTS + " WHERE owner_id = ? ORDER BY opened_at", ACCOUNT_MAPPER, ownerId);
    }

    int countEntries(long accountId) {
        return jdbcTemplate.queryForList(ENTRIES, accountId).size();
    }

    List<BigDecimal> entryAmounts(long accountId) {
        return jdbcTemplate.query(ENTRIES + " ORDER BY l.booked_at", (rs, rowNum) -> rs.getBigDecimal("amount"), accountId);
    }

    private static Account mapAccount(ResultSet rs, int rowNum) throws SQLException {
        return new Account(rs.getLong("id"), rs.getLong("owner_id"), rs.getString("status"), rs.getBigDecimal("balance"));
    }
}
