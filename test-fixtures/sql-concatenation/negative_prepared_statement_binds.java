// PreparedStatement/CallableStatement with ? placeholders and setLong/setString binds (a LIKE pattern built in the bound value), addBatch().
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

class LedgerJdbcDao {

    record Entry(long accountId, long amountCents, String memo) {}

    private static final String INSERT_ENTRY =
            "INSERT INTO ledger_entries (account_id, amount_cents, memo) VALUES (?, ?, ?)";

    private final DataSource dataSource;

    LedgerJdbcDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    long balance(long accountId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement(
                     "SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entries WHERE account_id = ?")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }
    }

    void post(List<Entry> entries) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement(INSERT_ENTRY)) {
            for (Entry entry : entries) {
                ps.setLong(1, entry.accountId());
                ps.setLong(2, entry.amountCents());
                ps.setString(3, entry.memo());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    List<String> memosContaining(String fragment) throws SQLException {
        List<String> memos = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement("SELECT memo FROM ledger_entries WHERE memo LIKE ?")) {
            ps.setString(1, "%" + fragment + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    memos.add(rs.getString(1));
                }
            }
        }
        return memos;
    }

    void closePeriod(LocalDate periodEnd) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             CallableStatement call = connection.prepareCall("{call close_ledger_period(?)}")) {
            call.setDate(1, Date.valueOf(periodEnd));
            call.execute();
        }
    }
}
