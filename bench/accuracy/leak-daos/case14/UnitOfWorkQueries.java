package leak.case14;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Read queries that run on a connection owned by the surrounding unit of work.
 */
public class UnitOfWorkQueries {

    private static final String PENDING_REFUNDS =
            "SELECT id, order_id, amount_cents FROM refunds WHERE status = 'PENDING' ORDER BY requested_at";

    public List<Refund> pendingRefunds(Connection conn) throws SQLException {
        List<Refund> refunds = new ArrayList<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery(PENDING_REFUNDS)) {
            while (rs.next()) {
                refunds.add(new Refund(rs.getLong("id"), rs.getLong("order_id"), rs.getLong("amount_cents")));
            }
        }
        return refunds;
    }

    public record Refund(long id, long orderId, long amountCents) {
    }
}
