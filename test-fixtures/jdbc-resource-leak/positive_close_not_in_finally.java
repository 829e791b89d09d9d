// close() called at the end of the normal path, not in a finally: an exception from the query skips it and leaks the resource.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

class InvoiceTotalsDao {

    private static final String TOTAL = "SELECT sum(amount_cents) FROM invoice_lines WHERE invoice_id = ?";
    private static final String OPEN_COUNT = "SELECT count(id) FROM invoices WHERE customer_id = ? AND paid_at IS NULL";

    private final DataSource dataSource;
    private final Connection reportingConnection;

    InvoiceTotalsDao(DataSource dataSource, Connection reportingConnection) {
        this.dataSource = dataSource;
        this.reportingConnection = reportingConnection;
    }

    long totalCents(long invoiceId) throws SQLException {
        Connection connection = dataSource.getConnection();  // expect: jdbc-resource-leak "`Connection` from `getConnection()`"
        connection.setReadOnly(true);
        long total;
        try (PreparedStatement ps = connection.prepareStatement(TOTAL)) {
            ps.setLong(1, invoiceId);
            try (ResultSet rs = ps.executeQuery()) {
                total = rs.next() ? rs.getLong(1) : 0L;
            }
        }
        connection.close();
        return total;
    }

    int openInvoices(long customerId) throws SQLException {
        PreparedStatement ps = reportingConnection.prepareStatement(OPEN_COUNT);  // expect: jdbc-resource-leak "`PreparedStatement` from `prepareStatement()`"
        ps.setLong(1, customerId);
        int count;
        try (ResultSet rs = ps.executeQuery()) {
            count = rs.next() ? rs.getInt(1) : 0;
        }
        ps.close();
        return count;
    }
}
