package leak.case48;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

public class InvoiceDao {

    private static final String MARK_PAID =
            "UPDATE invoices SET status = 'PAID', paid_at = ? WHERE id = ? AND status = 'OPEN'";

    private final DataSource dataSource;

    public InvoiceDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void markPaid(long invoiceId, Instant paidAt) throws SQLException {
        Connection conn = dataSource.getConnection(); // leak
        try (PreparedStatement ps = conn.prepareStatement(MARK_PAID)) {
            ps.setTimestamp(1, Timestamp.from(paidAt));
            ps.setLong(2, invoiceId);
            int updated = ps.executeUpdate();
            if (updated != 1) {
                throw new IllegalStateException("Invoice " + invoiceId + " is not open or does not exist");
            }
        }
        conn.close();
    }
}
