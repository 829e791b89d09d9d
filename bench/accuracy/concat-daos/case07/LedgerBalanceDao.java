package concat.case07;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import javax.sql.DataSource;

public class LedgerBalanceDao {
    private static final String SCHEMA = System.getenv().getOrDefault("LEDGER_SCHEMA", "ledger");
    private static final String BALANCE_SQL =
            "SELECT balance_cents FROM " + SCHEMA + ".balances WHERE account_id = ?";

    private final DataSource dataSource;

    public LedgerBalanceDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public OptionalLong balanceOf(long accountId) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(BALANCE_SQL)) { // sink
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }
}
