// prepareStatement / prepareCall on a Connection parameter (the caller's transaction) whose statements are never closed.
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

final class LedgerPostingHelper {

    private static final String INSERT_ENTRY = "INSERT INTO ledger_entries (account_id, amount_cents) VALUES (?, ?)";
    private static final String RECALCULATE = "{call recalculate_balance(?)}";

    private LedgerPostingHelper() {
    }

    static void post(Connection connection, long accountId, long amountCents) throws SQLException {
        PreparedStatement insert = connection.prepareStatement(INSERT_ENTRY);  // expect: jdbc-resource-leak "`PreparedStatement` from `prepareStatement()`"
        insert.setLong(1, accountId);
        insert.setLong(2, amountCents);
        insert.executeUpdate();
    }

    static void recalculate(Connection connection, long accountId) throws SQLException {
        CallableStatement call = connection.prepareCall(RECALCULATE);  // expect: jdbc-resource-leak "`CallableStatement` from `prepareCall()`"
        call.setLong(1, accountId);
        call.execute();
    }
}
