// A JDBC helper that compares Strings read from a ResultSet with == and !=.
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

public class InvoiceStatusDao {

    private final DataSource dataSource;

    public InvoiceStatusDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean hasStatus(long invoiceId, String expectedStatus) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement("SELECT id, status, currency FROM invoice WHERE id = ?")) {
            ps.setLong(1, invoiceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                String currency = rs.getString("currency");
                if (currency != "EUR") { // expect: string-reference-equality "`currency`"
                    return false;
                }
                return rs.getString(2) == expectedStatus; // expect: string-reference-equality "`rs.getString(2)`"
            }
        }
    }

    public boolean sameRowCount(int expected, int actual) {
        return expected == actual;
    }
}
